"""The console's pages: server-rendered shells (pt-BR first, English with `?lang=en`)
over the JSON API, with a strict content security policy."""

import json
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from confia.handoff.texts import LANGUAGES, TEXTS

_HERE = Path(__file__).parent
_LANG_COOKIE = "confia_lang"
_PAGES = {"": "queue", "supervisor": "supervisor", "admin": "admin"}

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}

_templates = Environment(
    loader=FileSystemLoader(_HERE / "templates"), autoescape=select_autoescape(["html"])
)


def mount_console(app: FastAPI) -> None:
    app.mount("/console/static", StaticFiles(directory=_HERE / "static"), name="console-static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        if request.url.path.startswith("/console"):
            response.headers.update(SECURITY_HEADERS)
        return response


def console_pages() -> APIRouter:
    router = APIRouter(prefix="/console", include_in_schema=False)

    def page(request: Request, name: str, template: str) -> HTMLResponse:
        wanted = request.query_params.get("lang") or request.cookies.get(_LANG_COOKIE)
        lang = wanted if wanted in LANGUAGES else LANGUAGES[0]
        texts = TEXTS[lang]
        html = _templates.get_template(template).render(
            t=texts,
            lang=lang,
            page=name,
            # Escaped for a <script type="application/json"> block: no "</" inside.
            texts_json=json.dumps(texts, ensure_ascii=False).replace("</", "<\\/"),
        )
        response = HTMLResponse(html)
        if request.query_params.get("lang") == lang:
            response.set_cookie(_LANG_COOKIE, lang, samesite="strict", path="/console")
        return response

    @router.get("/login")
    async def login(request: Request) -> HTMLResponse:
        return page(request, "login", "login.html")

    @router.get("/tickets/{ticket_id}")
    async def ticket(request: Request, ticket_id: str) -> HTMLResponse:
        return page(request, "ticket", "ticket.html")

    def view_of(name: str):  # type: ignore[no-untyped-def]
        async def view(request: Request) -> HTMLResponse:
            return page(request, name, f"{name}.html")

        return view

    for path, name in _PAGES.items():
        router.add_api_route(f"/{path}", view_of(name), methods=["GET"])
    return router
