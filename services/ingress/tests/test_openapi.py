import json
from pathlib import Path

from confia.ingress.app import openapi_document

COMMITTED = Path(__file__).parents[1] / "openapi.json"


def test_committed_openapi_document_matches_the_code() -> None:
    assert json.loads(COMMITTED.read_text()) == openapi_document(), "run `make openapi`"


def test_webhook_documents_every_answer() -> None:
    post = openapi_document()["paths"]["/webhook"]["post"]
    assert set(post["responses"]) >= {"200", "400", "401", "403", "413", "415", "503"}
