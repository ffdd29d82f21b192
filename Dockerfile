# One image for all six services (and the local Graph API stand-in); the command picks one.
FROM python:3.11-slim AS build
RUN pip install --no-cache-dir "uv>=0.9"
WORKDIR /app
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never
COPY pyproject.toml uv.lock ./
COPY libs libs
COPY services services
RUN uv sync --locked --all-packages --no-dev --no-editable

FROM python:3.11-slim
RUN useradd --uid 10001 --no-create-home confia
WORKDIR /app
COPY --from=build /app/.venv /app/.venv
COPY deploy/kb /app/deploy/kb
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    CONFIA_HTTP_HOST=0.0.0.0 \
    CONFIA_KNOWLEDGE_DIR=/app/deploy/kb/aurora
USER 10001
CMD ["confia-ingress"]
