"""A person at the console, in Debian's Chromium: log in with password and TOTP, take a
waiting ticket, reply, see the reply reach WhatsApp, resolve, and see the bot answer the
customer's next message. Screenshots of each view go to reports/console/."""

import asyncio
import os
import re
import time
from pathlib import Path
from typing import Any

import pyotp
import pytest
from playwright.sync_api import Page, expect, sync_playwright

from confia.crypto import Keyring
from confia.handoff.accounts import Accounts
from confia.store import connect
from confia.testing.infrastructure import Infrastructure, repo_root
from confia.testing.platform import Platform
from confia.testing.whatsapp import WhatsApp

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CHROMIUM = os.environ.get("CONFIA_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = repo_root() / "reports" / "console"
PASSWORD = "Senha-de-teste-2026"
GREETING = "Olá! Sou a Ana, da equipe Aurora. Como posso ajudar?"
BASE32 = re.compile(r"^[A-Z2-7]{16,}$")
# What the machine's closed network needs (no background calls home, no sandbox as root).
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _text(message: dict[str, Any]) -> str:
    body = message["body"]
    if body["type"] == "text":
        return str(body["text"]["body"])
    return str(body["interactive"]["body"]["text"])


def _create_operator(
    infrastructure: Infrastructure, database: str, secrets: dict[str, str], email: str
) -> None:
    async def create() -> None:
        client, db = connect(infrastructure.mongo_uri, database)
        try:
            keyring = Keyring.from_spec(secrets["CONFIA_DATA_KEYS"], secrets["CONFIA_DATA_KEY_ID"])
            accounts = Accounts(db, keyring)
            created = await accounts.create(email, "Ana Atendente", "operator", PASSWORD)
            # Not available for automatic assignment: the ticket waits for her to take it.
            await accounts.set_availability(created.id, False)
        finally:
            await client.close()

    asyncio.run(create())


def _shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _log_in(page: Page, console: str, email: str) -> None:
    page.goto(f"{console}/console/login")
    _shot(page, "1-login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Senha").fill(PASSWORD)
    page.get_by_role("button", name="Entrar").click()
    secret = page.locator("#secret")
    expect(secret).to_have_text(BASE32, timeout=10_000)
    _shot(page, "2-mfa-enrolment")
    page.get_by_label("Código do app autenticador").fill(pyotp.TOTP(secret.inner_text()).now())
    page.get_by_role("button", name="Confirmar").click()
    expect(page.locator("#recovery-codes li")).to_have_count(10, timeout=10_000)
    page.get_by_role("link", name="Continuar").click()


def test_an_operator_takes_replies_and_resolves_and_the_bot_answers_again(
    platform: Platform,
    whatsapp: WhatsApp,
    infrastructure: Infrastructure,
    databases: dict[str, str],
    secrets: dict[str, str],
) -> None:
    assert Path(CHROMIUM).exists(), (
        f"{CHROMIUM} is missing: install Debian's chromium (`apt-get install chromium`) "
        "or point CONFIA_CHROMIUM at a Chromium binary"
    )
    email = f"ana.{int(time.time())}@aurora.example"
    _create_operator(infrastructure, databases["handoff"], secrets, email)
    bsuid = "BR.e2e.console"
    whatsapp.customer_says(bsuid, button=("consent.accept", "Aceito"))
    whatsapp.customer_says(bsuid, "quero falar com um atendente, por favor")
    handed_off = whatsapp.sent_to(bsuid, 3)[2]  # thanks, analytics question, hand-off
    assert "pessoa da nossa equipe" in _text(handed_off)
    console = platform.url("handoff")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 800}, locale="pt-BR")
        try:
            _log_in(page, console, email)
            take = page.get_by_role("button", name="Assumir")
            expect(take.first).to_be_visible(timeout=20_000)
            _shot(page, "3-queue")
            take.first.click()
            expect(page.locator("#transcript")).to_contain_text("atendente", timeout=10_000)
            page.get_by_label("Responder").fill(
                "Olá! Sou a Ana, da equipe Aurora. Como posso ajudar?"
            )
            page.get_by_role("button", name="Enviar").click()
            replied = whatsapp.sent_to(bsuid, 4)[3]
            assert _text(replied) == GREETING
            expect(page.locator("#transcript")).to_contain_text("Sou a Ana", timeout=10_000)
            _shot(page, "4-conversation")
            page.get_by_role("button", name="Resolver e devolver ao assistente").click()
            page.wait_for_url(f"{console}/console/", timeout=10_000)
        finally:
            browser.close()

    whatsapp.customer_says(bsuid, "qual o prazo de entrega para o Rio de Janeiro?")
    answer = whatsapp.sent_to(bsuid, 5)[4]
    assert "dias úteis" in _text(answer), "the bot answers again once the ticket is resolved"
