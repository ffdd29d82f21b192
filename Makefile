# The one interface: `make up` runs the platform, `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help
UV ?= uv
INFRA := deploy/local/infra.sh
PLATFORM := $(UV) run --no-sync python -m confia.testing.platform
PYTEST_ARGS ?=
PIPELINE_ARGS ?=

.PHONY: help install up down infra-up infra-down infra-status infra-fetch test test-unit test-faults lint format openapi asyncapi bench bench-redaction bench-agent bench-audit bench-pipeline

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

install: ## Create .venv with every package of the workspace (locked versions)
	$(UV) sync --all-packages --locked

up: install ## Run the whole platform (compose with Docker, native processes without)
	@if docker info >/dev/null 2>&1; then \
	  $(PLATFORM) init-env && docker compose up -d --build && \
	  echo "webhook  http://127.0.0.1:8080/webhook" && \
	  echo "Jaeger   http://127.0.0.1:16686" && \
	  echo "console  http://127.0.0.1:8084 (handoff)"; \
	else \
	  bash $(INFRA) up && $(PLATFORM) up && \
	  echo "Jaeger   http://127.0.0.1:16686  (traces: /api/traces?service=confia-ingress)" && \
	  echo "console  http://127.0.0.1:8084 (handoff)"; \
	fi

down: ## Stop the platform and its infrastructure
	@if docker info >/dev/null 2>&1; then docker compose down; else \
	  $(PLATFORM) down; bash $(INFRA) down; fi

infra-up: ## Start Kafka, FerretDB and Jaeger natively (fetched and built on first use)
	bash $(INFRA) up

infra-down: ## Stop the native infrastructure
	bash $(INFRA) down

infra-status: ## Is each native component healthy?
	bash $(INFRA) status

# Built before pytest starts: a first build of Jaeger (4-6 minutes on 2 cores) inside the
# tests' session fixture would count against pytest-timeout's 300 s for the first test.
infra-fetch: ## Fetch and build the native infrastructure if missing (skipped with Docker)
	@if [ -n "$$CONFIA_KAFKA_BOOTSTRAP" ] || docker info >/dev/null 2>&1; then :; \
	else bash $(INFRA) fetch; fi

test: install lint infra-fetch ## Every test: unit, integration, end-to-end (starts what it needs)
	@set +e; $(UV) run --no-sync pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

test-faults: install infra-fetch ## The fault suite in full (slow): kill, restart and break things mid-stream
	@set +e; $(UV) run --no-sync pytest tests/faults -m faults $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

test-unit: install ## Only the fast tests that need no infrastructure
	@set +e; $(UV) run --no-sync pytest -m "not integration and not e2e" $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

lint: install ## ruff, formatting, mypy, import rules, declared dependencies
	$(UV) run --no-sync ruff check .
	$(UV) run --no-sync ruff format --check .
	$(UV) run --no-sync mypy libs services tests
	$(UV) run --no-sync lint-imports
	@# deptry sees every namespace package as `confia`: tests/workspace checks those imports.
	@for package in libs/*/ services/*/; do \
	  (cd $$package && $(UV) run --no-sync deptry src --known-first-party confia \
	    --per-rule-ignores "DEP002=confia-events|confia-crypto|confia-store|confia-runtime") \
	    || exit 1; done

bench: bench-redaction bench-agent bench-audit bench-pipeline ## Benchmarks: redaction, agent, audit, pipeline, webhook; reports in reports/
	$(UV) run --no-sync python tests/bench/webhook.py

bench-pipeline: install ## Only the end-to-end load benchmark: the platform at fixed rates, beside a bare Kafka chain
	$(UV) run --no-sync python -m tests.bench.pipeline $(PIPELINE_ARGS)

bench-audit: install ## Only the audit benchmark: records appended and proofs served per second
	$(UV) run --no-sync python tests/bench/audit.py

bench-agent: install ## Only the agent benchmark: the offline answerer on the eval sets
	$(UV) run --no-sync python tests/bench/agent.py

bench-redaction: ## Only the redaction benchmark: ours against tarja and Presidio, dev set
	$(UV) sync --all-packages --locked --group bench
	$(UV) run --no-sync python tests/bench/redaction.py

openapi: install ## Regenerate the committed OpenAPI documents of the HTTP surfaces
	$(UV) run --no-sync python -c "import json; from confia.ingress.app import openapi_document; \
	  print(json.dumps(openapi_document(), indent=2, ensure_ascii=False))" > services/ingress/openapi.json

asyncapi: install ## Regenerate docs/asyncapi.json from the topic table and event schemas
	$(UV) run --no-sync python -m confia.events.asyncapi > docs/asyncapi.json

format: install ## Apply ruff's fixes and formatting
	$(UV) run --no-sync ruff check --fix .
	$(UV) run --no-sync ruff format .
