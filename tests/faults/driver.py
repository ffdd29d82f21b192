"""The fault suite's customers: many conversations of signed webhooks, in a background thread.

Each conversation is a distinct BSUID that presses "Aceito" (consent) and then asks a few
questions, one message after the other, as a person would. Conversations are interleaved
at a modest overall rate. A message refused by the webhook (5xx, or no answer while
ingress is down) is delivered again with the same body and message id, as Meta retries;
every message the webhook answered 200 is recorded as acknowledged.
"""

import copy
import itertools
import json
import threading
import time
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import httpx

from confia.testing.whatsapp import WhatsApp, fixtures_dir

CONSENT_BUTTON = ("consent.accept", "Aceito")
# Questions the example business's knowledge base answers (deploy/kb/aurora/eval-dev.jsonl):
# an answer keeps the conversation with the agent, so every question gets its own reply.
QUESTIONS = (
    "Qual o prazo de entrega para o Rio de Janeiro?",
    "Quanto custa o frete?",
    "Quais formas de pagamento vocês aceitam?",
    "Em quantas vezes posso parcelar?",
    "Como faço para rastrear meu pedido?",
)


@dataclass(frozen=True)
class Message:
    """One customer message: its conversation, its place in it, and its WhatsApp id."""

    bsuid: str
    index: int  # 0 is the consent button, then the questions in order
    wamid: str
    body: bytes

    @property
    def is_consent(self) -> bool:
        return self.index == 0


@dataclass
class Delivery:
    """What the webhook answered for one message, over all its deliveries."""

    message: Message
    answers: list[int] = field(default_factory=list)

    @property
    def acknowledged(self) -> bool:
        return 200 in self.answers


def conversation(run: str, number: int, questions: int) -> list[Message]:
    """A customer's consent press and `questions` questions, each with a fresh message id."""
    bsuid = f"BR.faults.{run}.{number}"
    texts = [QUESTIONS[(number + i) % len(QUESTIONS)] for i in range(questions)]
    steps: list[tuple[str, str] | str] = [CONSENT_BUTTON, *texts]
    return [_message(bsuid, index, step) for index, step in enumerate(steps)]


def _message(bsuid: str, index: int, step: tuple[str, str] | str) -> Message:
    """The webhook payload `WhatsApp.customer_says` sends, with a message id we keep."""
    payload = json.loads((fixtures_dir() / "text_message_username.json").read_bytes())
    value = payload["entry"][0]["changes"][0]["value"]
    value["contacts"][0]["user_id"] = bsuid
    message = copy.deepcopy(value["messages"][0])
    wamid = f"wamid.faults.{uuid.uuid4().hex}"
    message.update({"from_user_id": bsuid, "id": wamid})
    if isinstance(step, tuple):
        del message["text"]
        message["type"] = "interactive"
        message["interactive"] = {
            "type": "button_reply",
            "button_reply": {"id": step[0], "title": step[1]},
        }
    else:
        message["text"] = {"body": step}
    value["messages"] = [message]
    return Message(bsuid, index, wamid, json.dumps(payload).encode())


class ConversationStream:
    """Posts the conversations' messages in the background; `join()` waits for the end.

    `redeliveries` extra copies of every acknowledged message are posted (one at once,
    concurrently with the first delivery, the rest after the whole stream), as Meta does
    when it missed our 200.
    """

    def __init__(
        self,
        whatsapp: WhatsApp,
        conversations: Sequence[Sequence[Message]],
        per_second: float = 4.0,
        workers: int = 4,
        redeliveries: int = 0,
        retry_for_seconds: float = 180.0,
    ) -> None:
        self.whatsapp = whatsapp
        self.conversations = conversations
        self.deliveries = {m.wamid: Delivery(m) for c in conversations for m in c}
        self.redeliveries = redeliveries
        self.retry_for_seconds = retry_for_seconds
        self._interval = 1.0 / per_second
        self._next_slot = time.monotonic()
        self._slot_lock = threading.Lock()
        self._answer_lock = threading.Lock()
        self._workers = workers
        self._thread = threading.Thread(target=self._run, name="conversation-stream", daemon=True)
        self._errors: list[BaseException] = []

    def start(self) -> "ConversationStream":
        self._thread.start()
        return self

    def join(self, seconds: float = 600) -> None:
        self._thread.join(seconds)
        assert not self._thread.is_alive(), "the conversation stream did not finish"
        assert not self._errors, f"the driver failed: {self._errors!r}"

    @property
    def acknowledged(self) -> list[Message]:
        return [d.message for d in self.deliveries.values() if d.acknowledged]

    def progress(self) -> float:
        """The share of messages acknowledged so far."""
        return len(self.acknowledged) / max(1, len(self.deliveries))

    def wait_for_progress(self, share: float, seconds: float = 120) -> None:
        deadline = time.monotonic() + seconds
        while self.progress() < share and self._thread.is_alive():
            assert time.monotonic() < deadline, f"stream stuck at {self.progress():.0%}"
            time.sleep(0.2)

    def _run(self) -> None:
        try:
            # Each worker takes every `workers`-th conversation and walks them step by step.
            shares = [self.conversations[i :: self._workers] for i in range(self._workers)]
            with ThreadPoolExecutor(self._workers + 1) as pool:
                list(pool.map(self._walk, [s for s in shares if s]))
            for _ in range(self.redeliveries - 1):
                for delivery in list(self.deliveries.values()):
                    if delivery.acknowledged:
                        self._paced()
                        self._post(delivery)
        except BaseException as error:
            self._errors.append(error)

    def _walk(self, conversations: Sequence[Sequence[Message]]) -> None:
        steps = max(len(c) for c in conversations)
        for step, conv in itertools.product(range(steps), conversations):
            if step < len(conv):
                self._deliver(self.deliveries[conv[step].wamid])

    def _deliver(self, delivery: Delivery) -> None:
        """Post until the webhook answers 200 (Meta retries for hours; we for minutes)."""
        deadline = time.monotonic() + self.retry_for_seconds
        pause = 0.5
        while True:
            self._paced()
            if self.redeliveries > 0 and not delivery.answers:
                # Two copies at once: ingress's dedupe races with itself.
                with ThreadPoolExecutor(2) as pool:
                    list(pool.map(lambda _: self._post(delivery), range(2)))
            else:
                self._post(delivery)
            if delivery.acknowledged or time.monotonic() > deadline:
                return
            time.sleep(pause)
            pause = min(pause * 2, 5.0)

    def _post(self, delivery: Delivery) -> None:
        try:
            status = self.whatsapp.post(delivery.message.body).status_code
        except httpx.HTTPError:
            status = 0  # refused or timed out: not acknowledged
        with self._answer_lock:
            delivery.answers.append(status)

    def _paced(self) -> None:
        with self._slot_lock:
            now = time.monotonic()
            slot = max(now, self._next_slot)
            self._next_slot = slot + self._interval
        if slot > now:
            time.sleep(slot - now)
