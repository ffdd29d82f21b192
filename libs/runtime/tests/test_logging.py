"""Log lines are JSON objects that carry the current trace and span ids."""

import json
import logging
import sys
from collections.abc import Iterator

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider

from confia.runtime.telemetry import JsonFormatter, setup_logging


def _line(record: logging.LogRecord) -> dict[str, object]:
    parsed: dict[str, object] = json.loads(JsonFormatter().format(record))
    return parsed


def _record(message: str, *args: object, **extra: object) -> logging.LogRecord:
    logger = logging.getLogger("confia.test")
    return logger.makeRecord(
        logger.name, logging.INFO, __file__, 1, message, args, None, extra=extra
    )


def test_a_line_inside_a_span_names_its_trace_and_span() -> None:
    tracer = TracerProvider().get_tracer("test")
    with tracer.start_as_current_span("handle") as span:
        line = _line(_record("accepted message=%s", "msg_1"))
    context = span.get_span_context()

    assert line["message"] == "accepted message=msg_1"
    assert (line["level"], line["logger"]) == ("INFO", "confia.test")
    assert line["trace_id"] == trace.format_trace_id(context.trace_id)
    assert line["span_id"] == trace.format_span_id(context.span_id)
    assert "service" in line
    assert str(line["time"]).endswith("+00:00")


def test_a_line_outside_any_span_has_no_trace_ids() -> None:
    line = _line(_record("started"))
    assert "trace_id" not in line
    assert "span_id" not in line


def test_extra_fields_are_kept_but_never_replace_the_standard_ones() -> None:
    line = _line(_record("received", topic="whatsapp.inbound.v1", level="spoofed"))
    assert line["topic"] == "whatsapp.inbound.v1"
    assert line["level"] == "INFO"


def test_an_exception_keeps_its_traceback() -> None:
    try:
        raise RuntimeError("broker away")
    except RuntimeError:
        record = _record("publish failed")
        record.exc_info = sys.exc_info()
    line = _line(record)
    assert "RuntimeError: broker away" in str(line["exception"])


@pytest.fixture
def restored_logging() -> Iterator[None]:
    names = ("", "faststream", "faststream.access.kafka", "aiokafka")
    saved = {
        name: (logging.getLogger(name).handlers[:], logging.getLogger(name).level) for name in names
    }
    yield
    for name, (handlers, level) in saved.items():
        logging.getLogger(name).handlers[:] = handlers
        logging.getLogger(name).setLevel(level)
    logging.captureWarnings(False)


@pytest.mark.usefixtures("restored_logging")
def test_faststream_logs_through_the_same_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("info")
    logging.getLogger("faststream.access.kafka").info("Received", extra={"topic": "t"})
    logging.getLogger("confia.test").debug("not at INFO")

    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["topic"] == "t"
