"""Secrets from files: named like the variable, in CONFIA_SECRETS_DIR."""

from pathlib import Path

import pytest

from confia.runtime.settings import ServiceSettings, load_settings


def test_a_secret_file_named_like_the_variable_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "confia_kafka_password").write_text("from-a-file")
    monkeypatch.setenv("CONFIA_SECRETS_DIR", str(tmp_path))
    monkeypatch.delenv("CONFIA_KAFKA_PASSWORD", raising=False)

    settings = load_settings(ServiceSettings)

    assert settings.kafka_password is not None
    assert settings.kafka_password.get_secret_value() == "from-a-file"
