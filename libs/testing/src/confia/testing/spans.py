"""A span sink for tests: keeps the hot spans it is given (confia.runtime.hot_spans)."""

from confia.runtime.hot_spans import HotSpan


class KeptSpans:
    def __init__(self) -> None:
        self.spans: list[HotSpan] = []

    def ship(self, span: HotSpan) -> None:
        self.spans.append(span)

    def flush(self, timeout_seconds: float = 5.0) -> bool:
        return True
