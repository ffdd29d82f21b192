from confia.runtime.settings import ServiceSettings


class AuditSettings(ServiceSettings):
    http_port: int = 8085
    database: str = "confia_audit"
