"""The LangChain answerer, driven by scripted chat models: no network, no provider package."""

import asyncio
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import LanguageModelInput
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage, SystemMessage, ToolMessage
from langchain_core.outputs import ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from pydantic import Field

from confia.agent.domain import AnswererFailed, RetrievalAnswerer, Turn, decide
from confia.agent.graph import LangChainAnswerer, answerer_for
from confia.agent.knowledge import KnowledgeBase, read_knowledge_dir
from confia.agent.settings import AnswerSettings

KB = Path(__file__).parents[3] / "deploy" / "kb" / "aurora"
DELIVERY_REPLY = "O prazo de entrega é de 3 a 7 dias úteis depois da confirmação do pagamento."


class ScriptedModel(GenericFakeChatModel):
    """Replies with its script, one message per call, and keeps what it was sent."""

    received: list[list[BaseMessage]] = Field(default_factory=list)

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        # The script already says which tools to call.
        return self

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.received.append(list(messages))
        return super()._generate(messages, stop, run_manager, **kwargs)


class BrokenModel(ScriptedModel):
    def _generate(self, *args: Any, **kwargs: Any) -> ChatResult:
        raise ConnectionError("provider unreachable")


class HangingModel(ScriptedModel):
    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        await asyncio.sleep(5)
        raise AssertionError("the answerer should have stopped waiting")


def script(*replies: AIMessage | str) -> ScriptedModel:
    return ScriptedModel(messages=iter(replies))


def calls(name: str, **args: str) -> AIMessage:
    return AIMessage("", tool_calls=[{"name": name, "args": args, "id": f"call-{name}"}])


def answerer(
    model: ScriptedModel, timeout: float = 5.0, daily_calls: int = 100
) -> LangChainAnswerer:
    return LangChainAnswerer(model, "fake", timeout_seconds=timeout, daily_calls=daily_calls)


@pytest.fixture(scope="module")
def knowledge() -> KnowledgeBase:
    return read_knowledge_dir(KB)


async def test_answer_cites_the_entries_the_model_searched(knowledge: KnowledgeBase) -> None:
    model = script(calls("search_knowledge", query="prazo de entrega"), DELIVERY_REPLY)

    decision = await decide("Qual o prazo de entrega?", [], knowledge, answerer(model))

    assert decision.action == "answer"
    assert decision.answerer == "langchain:fake"
    assert decision.sources[0] == "prazo-entrega"
    assert decision.reply.endswith(DELIVERY_REPLY)
    tool_result = next(m for m in model.received[1] if isinstance(m, ToolMessage))
    assert "[prazo-entrega]" in tool_result.text


async def test_sources_are_each_entry_once_in_order_of_first_search(
    knowledge: KnowledgeBase,
) -> None:
    model = script(
        calls("search_knowledge", query="prazo de entrega"),
        calls("search_knowledge", query="prazo de entrega para o interior"),
        DELIVERY_REPLY,
    )

    draft = await answerer(model).draft("Qual o prazo de entrega?", [], knowledge)

    assert draft.sources[0] == "prazo-entrega"
    assert len(draft.sources) == len(set(draft.sources))


async def test_model_asking_for_a_person_hands_off(knowledge: KnowledgeBase) -> None:
    model = script(calls("request_human", reason="política não está na base"))

    decision = await decide("Vocês vendem no atacado?", [], knowledge, answerer(model))

    assert decision.action == "handoff"
    assert decision.reason == "model_requested_human"
    assert len(model.received) == 1  # request_human ends the run: no second paid call


async def test_reply_with_a_token_foreign_to_the_conversation_is_not_sent(
    knowledge: KnowledgeBase,
) -> None:
    model = script("Encontrei o cadastro do CPF [CPF_2], o pedido sai amanhã.")

    decision = await decide(
        "Meu CPF é [CPF_1], quando sai meu pedido?", [], knowledge, answerer(model)
    )

    assert decision.action == "handoff"
    assert decision.reason.startswith("output_check")
    assert "foreign_token" in decision.flags
    assert "[CPF_2]" not in decision.reply


async def test_failing_model_hands_off(knowledge: KnowledgeBase) -> None:
    model = BrokenModel(messages=iter([]))

    decision = await decide("Qual o prazo de entrega?", [], knowledge, answerer(model))

    assert decision.action == "handoff"
    assert decision.reason == "answerer_failed:ConnectionError"


async def test_hanging_model_hands_off_after_the_timeout(knowledge: KnowledgeBase) -> None:
    model = HangingModel(messages=iter([]))

    decision = await decide("Qual o prazo de entrega?", [], knowledge, answerer(model, 0.2))

    assert decision.action == "handoff"
    assert decision.reason == "answerer_failed:timeout"


async def test_spent_budget_hands_off_without_calling_the_model(
    knowledge: KnowledgeBase,
) -> None:
    model = script(DELIVERY_REPLY, DELIVERY_REPLY)
    budgeted = answerer(model, daily_calls=1)

    first = await decide("Qual o prazo de entrega?", [], knowledge, budgeted)
    second = await decide("E a garantia dos produtos?", [], knowledge, budgeted)

    assert first.action == "answer"
    assert (second.action, second.reason) == ("handoff", "answerer_failed:budget")
    assert len(model.received) == 1


async def test_model_that_keeps_searching_is_stopped(knowledge: KnowledgeBase) -> None:
    model = script(*(calls("search_knowledge", query="entrega") for _ in range(10)))

    with pytest.raises(AnswererFailed, match="ModelCallLimitExceededError"):
        await answerer(model).draft("Qual o prazo de entrega?", [], knowledge)

    assert len(model.received) == 4


async def test_empty_reply_is_a_failure(knowledge: KnowledgeBase) -> None:
    with pytest.raises(AnswererFailed, match="empty"):
        await answerer(script("  ")).draft("Qual o prazo de entrega?", [], knowledge)


async def test_model_gets_the_profile_as_instructions_and_never_repeats_them(
    knowledge: KnowledgeBase,
) -> None:
    model = script(DELIVERY_REPLY)

    decision = await decide("Qual o prazo de entrega?", [], knowledge, answerer(model))

    instructions = model.received[0][0]
    assert isinstance(instructions, SystemMessage)
    assert knowledge.profile.text in instructions.text
    assert "[CPF_1]" in instructions.text  # the rule on tokens
    assert knowledge.profile.text not in decision.reply
    assert "search_knowledge" not in decision.reply


async def test_history_reaches_the_model_as_prior_messages(knowledge: KnowledgeBase) -> None:
    model = script(DELIVERY_REPLY)
    history = [
        Turn("customer", "Oi, comprei uma panela."),
        Turn("agent", "Olá! Como posso ajudar?"),
        Turn("human", "Sou a Ana, da equipe."),
    ]

    await answerer(model).draft("Qual o prazo de entrega?", history, knowledge)

    sent = [(m.type, m.text) for m in model.received[0][1:]]
    assert sent == [
        ("human", "Oi, comprei uma panela."),
        ("ai", "Olá! Como posso ajudar?"),
        ("ai", "Sou a Ana, da equipe."),
        ("human", "Qual o prazo de entrega?"),
    ]


def test_without_a_chat_model_the_offline_answerer_is_used(knowledge: KnowledgeBase) -> None:
    assert isinstance(answerer_for(AnswerSettings(chat_model=""), knowledge), RetrievalAnswerer)


def test_missing_provider_package_fails_at_start_up(knowledge: KnowledgeBase) -> None:
    settings = AnswerSettings(chat_model="openai:gpt-4.1-mini")

    with pytest.raises(ValueError, match="langchain-openai"):
        answerer_for(settings, knowledge)
