"""Load and crash test of the intake service, on 127.0.0.1 only, bounded in time.

1. the disk's raw fsync rate (4 KiB write + fsync, in the data folder);
2. a minimal Starlette endpoint doing one durable SQLite insert (WAL, synchronous=FULL),
   served by uvicorn like ours, under the same load: the reference rate;
3. `gongshi serve` (production settings: uvicorn with uvloop/httptools, one process, SQLite
   WAL + synchronous=FULL) under CLIENTS concurrent clients posting the complaint form for
   SECONDS: submissions/s, p50/p99;
4. crash: the same load, `kill -9` of the server mid-run, restart, then every receipt the
   clients received must open its case (0 lost).

The submission rate limit is raised for the run (every client is 127.0.0.1); nothing else
differs from a production start. Each server's CPU time per answered request is printed beside
its rate, with the load average: on a shared machine it is the steadier figure.
Usage: python bench/intake_load.py [--seconds 20] [--clients 64]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
GONGSHI = str(Path(PY).parent / "gongshi")
HOST = "127.0.0.1"
TOKEN_RE = re.compile(rb'name="csrf_token" value="([^"]+)"')
CODE_RE = re.compile(rb'class="receipt-code">([0-9A-Z-]+)<')
CASE_RE = re.compile(rb'class="case-no">(TS-\d{4}-\d{6})<')

MINIMAL_APP = r"""
import sqlite3, sys, threading
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
DB = sys.argv[1]
local = threading.local()
def conn():
    c = getattr(local, "c", None)
    if c is None:
        c = sqlite3.connect(DB, isolation_level=None, check_same_thread=False, timeout=30)
        c.execute("PRAGMA journal_mode=WAL"); c.execute("PRAGMA synchronous=FULL")
        c.execute("PRAGMA busy_timeout=30000")
        local.c = c
    return c
with sqlite3.connect(DB) as c:
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body TEXT)")
def insert(request):
    c = conn()
    c.execute("BEGIN IMMEDIATE"); c.execute("INSERT INTO t (body) VALUES (?)", ("x" * 200,))
    c.execute("COMMIT")
    return PlainTextResponse("ok")
app = Starlette(routes=[Route("/insert", insert, methods=["POST"])])
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_port(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"server on port {port} did not start")


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process and all its threads (Linux), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measured(proc: subprocess.Popen, load: dict, cpu_before: float | None) -> str:
    """The server's CPU per answered request: a figure the other load on the machine disturbs
    less than the rate does."""
    cpu_after = cpu_seconds(proc.pid)
    if cpu_before is None or cpu_after is None or not load["ok"]:
        return ""
    return f", server CPU {(cpu_after - cpu_before) * 1000 / load['ok']:.2f} ms/request"


def load_average() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def fsync_rate(folder: Path, seconds: float = 2.0) -> float:
    path = folder / "fsync.probe"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    block, n, start = b"x" * 4096, 0, time.perf_counter()
    try:
        while time.perf_counter() - start < seconds:
            os.pwrite(fd, block, (n % 256) * 4096)
            os.fsync(fd)
            n += 1
    finally:
        os.close(fd)
        path.unlink()
    return n / (time.perf_counter() - start)


class Http:
    """A minimal HTTP/1.1 keep-alive client over asyncio streams (cheap enough to load 2 cores)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.cookies: dict[str, str] = {}

    async def request(
        self,
        method: str,
        path: str,
        body: bytes = b"",
        ctype: str = "application/x-www-form-urlencoded",
    ) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        head = f"{method} {path} HTTP/1.1\r\nHost: {HOST}:{self.port}\r\n"
        if cookie:
            head += f"Cookie: {cookie}\r\n"
        if body:
            head += f"Content-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
        self.writer.write(head.encode() + b"\r\n" + body)
        await self.writer.drain()
        assert self.reader is not None
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("closed")
        status = int(status_line.split()[1])
        length = 0
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "set-cookie":
                k, _, v = value.strip().split(";")[0].partition("=")
                self.cookies[k] = v
        data = await self.reader.readexactly(length) if length else b""
        return status, data

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.writer = None


async def run_load(
    port: int,
    clients: int,
    seconds: float,
    mode: str,
    kill_at: float | None = None,
    proc: subprocess.Popen | None = None,
) -> dict:
    latencies: list[float] = []
    receipts: list[tuple[str, str]] = []
    errors = {"status": 0, "connection": 0}
    deadline = time.monotonic() + seconds
    fields = {
        "kind": "violation",
        "what": "压力测试：路边占道经营，影响通行。",
        "place": "测试路 1 号",
        "consent": "1",
    }

    async def client() -> None:
        http = Http(port)
        token = b""
        while time.monotonic() < deadline:
            try:
                if mode == "minimal":
                    t0 = time.perf_counter()
                    status, _ = await http.request("POST", "/insert", b"x=1")
                    latencies.append(time.perf_counter() - t0)
                    if status != 200:
                        errors["status"] += 1
                    continue
                if not token:
                    status, page = await http.request("GET", "/complaints/new")
                    token = TOKEN_RE.search(page).group(1)
                body = urlencode(dict(fields, csrf_token=token.decode())).encode()
                t0 = time.perf_counter()
                status, page = await http.request("POST", "/complaints/new", body)
                elapsed = time.perf_counter() - t0
                if status == 200 and (m := CODE_RE.search(page)):
                    latencies.append(elapsed)
                    receipts.append((CASE_RE.search(page).group(1).decode(), m.group(1).decode()))
                else:
                    errors["status"] += 1
            except (OSError, ConnectionError, asyncio.IncompleteReadError, ValueError):
                errors["connection"] += 1
                http.close()
                await asyncio.sleep(0.05)
        http.close()

    async def killer() -> None:
        if kill_at is None or proc is None:
            return
        await asyncio.sleep(kill_at)
        os.kill(proc.pid, signal.SIGKILL)

    start = time.perf_counter()
    await asyncio.gather(killer(), *(client() for _ in range(clients)))
    wall = time.perf_counter() - start
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    return {
        "ok": len(latencies),
        "rate": len(latencies) / wall,
        "p50": pick(0.50) if latencies else float("nan"),
        "p99": pick(0.99) if latencies else float("nan"),
        "errors": errors,
        "receipts": receipts,
    }


def start_gongshi(site: Path, data: Path, port: int, secret: str) -> subprocess.Popen:
    env = dict(
        os.environ,
        GONGSHI_DATA_DIR=str(data),
        GONGSHI_SECRET_KEY=secret,
        GONGSHI_RATE_SUBMIT_PER_HOUR="100000000",
        GONGSHI_CONTENT_DIR=str(ROOT / "tests" / "fixtures" / "site"),
    )
    env.pop("DATABASE_URL", None)
    env.pop("GONGSHI_DATABASE_URL", None)
    proc = subprocess.Popen(
        [GONGSHI, "serve", "--host", HOST, "--port", str(port), "--output", str(site)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_port(port, proc)
    return proc


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def check_receipts(data: Path, secret: str, receipts: list[tuple[str, str]]) -> int:
    """How many returned receipts do not open their case (after restart)."""
    sys.path.insert(0, str(ROOT))
    from core.settings import load_settings
    from intake.store import open_store

    settings = load_settings(
        environ={},
        toml_path=data / "none.toml",
        data_dir=data,
        secret_key=secret,
        content_dir=ROOT / "tests" / "fixtures" / "site",
    )
    store = open_store(settings)
    lost = 0
    for case_no, code in receipts:
        case = store.case_by_receipt(code)
        lost += case is None or case["case_no"] != case_no
    store.db.close()
    return lost


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--crash-seconds", type=float, default=8)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="intake-bench-"))
    print(
        f"intake load bench: {args.clients} clients, {args.seconds:.0f} s each, "
        f"on {HOST}; work folder {work}"
    )
    print(load_average())
    print(f"raw fsync rate (4 KiB write + fsync): {fsync_rate(work):,.0f}/s")

    site = work / "site"
    subprocess.run(
        [
            GONGSHI,
            "build",
            "--content",
            str(ROOT / "tests" / "fixtures" / "site"),
            "--output",
            str(site),
            "--quiet",
        ],
        check=True,
        env=dict(os.environ, GONGSHI_DATA_DIR=str(work / "build-var")),
    )

    port = free_port()
    script = work / "minimal_app.py"
    script.write_text(MINIMAL_APP, encoding="utf-8")
    minimal = subprocess.Popen(
        [
            PY,
            "-c",
            f"import sys; sys.argv=['x', {str(work / 'minimal.sqlite3')!r}]; "
            f"exec(open({str(script)!r}).read()); import uvicorn; "
            f"uvicorn.run(app, host={HOST!r}, port={port}, log_level='warning', access_log=False)",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_port(port, minimal)
        cpu = cpu_seconds(minimal.pid)
        ref = asyncio.run(run_load(port, args.clients, args.seconds, "minimal"))
        ref_cpu = measured(minimal, ref, cpu)
    finally:
        stop(minimal)
    print(
        f"minimal Starlette + one durable SQLite insert: {ref['rate']:,.0f}/s, "
        f"p50 {ref['p50']:.1f} ms, p99 {ref['p99']:.1f} ms, errors {ref['errors']}{ref_cpu}"
    )

    secret = secrets.token_hex(32)
    data = work / "var"
    port = free_port()
    server = start_gongshi(site, data, port, secret)
    try:
        cpu = cpu_seconds(server.pid)
        ours = asyncio.run(run_load(port, args.clients, args.seconds, "form"))
        ours_cpu = measured(server, ours, cpu)
    finally:
        stop(server)
    ratio = ours["rate"] / ref["rate"] if ref["rate"] else float("nan")
    print(
        f"gongshi serve, complaint form (POST /complaints/new, receipt page): "
        f"{ours['rate']:,.0f} submissions/s, p50 {ours['p50']:.1f} ms, p99 {ours['p99']:.1f} ms, "
        f"errors {ours['errors']}{ours_cpu}"
    )
    print(
        f"ratio to the minimal endpoint: {ratio:.0%} (goal >= 50%); p99 goal <= 100 ms: "
        f"{'met' if ours['p99'] <= 100 else 'NOT met'}"
    )
    lost = check_receipts(data, secret, ours["receipts"])
    print(f"receipts returned: {len(ours['receipts'])}, not opening their case: {lost}")

    crash_data = work / "crash-var"
    port = free_port()
    server = start_gongshi(site, crash_data, port, secret)
    try:
        crash = asyncio.run(
            run_load(
                port,
                args.clients,
                args.crash_seconds,
                "form",
                kill_at=args.crash_seconds / 2,
                proc=server,
            )
        )
    finally:
        stop(server)
    server = start_gongshi(site, crash_data, port, secret)  # restart: recovery must work
    stop(server)
    lost = check_receipts(crash_data, secret, crash["receipts"])
    print(
        f"crash test: kill -9 after {args.crash_seconds / 2:.0f} s under load; "
        f"{len(crash['receipts'])} receipts returned before the kill, "
        f"{lost} lost after restart; client errors {crash['errors']}"
    )
    print(load_average())
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
