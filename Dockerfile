# Neuroimmune Symptom Explorer: one replica. See docs/DEPLOY.md for running several behind nginx.
#
#   docker build -t symptom-explorer .
#   docker run --rm -p 8501:8501 -e STREAMLIT_SERVER_COOKIE_SECRET=<same on every replica> symptom-explorer
#
# Runtime only: requirements.txt (no test, lint or reference-data tools). The app makes no outbound
# requests at run time, so the container works with no internet.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# An unprivileged user; the code and data stay owned by root, so the app cannot change them.
RUN useradd --create-home --uid 10001 --user-group explorer

WORKDIR /app

COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

COPY app.py ./
COPY explorer/ explorer/
COPY data/ data/
COPY .streamlit/ .streamlit/
# The UI translations: explorer/locale/<lang>/LC_MESSAGES/messages.po compiled to .mo (gettext).
RUN pybabel compile --statistics -d explorer/locale -D messages

USER explorer

EXPOSE 8501

# slim has no curl: ask Streamlit's health endpoint with the standard library.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; r = urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4); sys.exit(0 if r.status == 200 else 1)"]

# Production flags (also in .streamlit/config.toml); 0.0.0.0 inside the container only.
CMD ["streamlit", "run", "app.py", \
     "--server.headless=true", \
     "--server.address=0.0.0.0", \
     "--server.port=8501", \
     "--global.developmentMode=false", \
     "--browser.gatherUsageStats=false", \
     "--server.fileWatcherType=none"]
