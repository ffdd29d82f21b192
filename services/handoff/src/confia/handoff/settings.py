from confia.runtime.settings import ServiceSettings


class HandoffSettings(ServiceSettings):
    http_port: int = 8084
    database: str = "confia_handoff"
