"""The intake store: cases (complaints), their events, attachments, supervisors, observations.

Every write is one transaction; a caller shows a receipt only after :meth:`create_case` has
returned, that is after the commit. Only the keyed hash of a receipt code is stored.

The clerk's review queue (issue 4) reads complaints about published pages through
:meth:`IntakeStore.publication_reports` (or the module function of the same name): the kinds
``correction`` and ``personal_data`` carry the URL of the published page.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from core.db import Admit, Database, Migration
from core.security import keyed_hash, new_code, normalize_code, same
from core.working_days import Deadline, WorkingDays
from intake import IntakeError
from intake.attachments import AttachmentStore, StoredFile
from intake.paging import PAGE_SIZE, Page, clamp

CHINA = dt.timezone(dt.timedelta(hours=8))

KINDS = {
    "violation": "举报违法行为",
    "conduct": "投诉执法人员行为",
    "correction": "申请更正已公示信息",
    "personal_data": "公示页面泄露个人信息",
    "suggestion": "意见建议",
}
PUBLICATION_KINDS = ("correction", "personal_data")

STATUSES = {
    "received": "已收到",
    "accepted": "已受理",
    "not_accepted": "不予受理",
    "in_progress": "办理中",
    "answered": "已答复",
    "followed_up": "已回访",
    "closed": "已办结",
}
# Which status may follow which; the ones in REASON_REQUIRED need a written reason.
TRANSITIONS = {
    "received": ("accepted", "not_accepted"),
    "accepted": ("in_progress", "answered"),
    "in_progress": ("answered",),
    "answered": ("followed_up", "closed"),
    "followed_up": ("closed",),
    "not_accepted": ("closed",),
    "closed": (),
}
REASON_REQUIRED = ("not_accepted", "answered")
SATISFACTION = {"satisfied": "满意", "basically_satisfied": "基本满意", "dissatisfied": "不满意"}
OPEN_STATUSES = ("received", "accepted", "in_progress", "answered", "followed_up")
# The statuses whose step has a time limit (IntakeStore.deadline): only these can be overdue.
DEADLINE_STATUSES = ("received", "accepted", "in_progress", "answered")

SUPERVISOR_STATUSES = {
    "applied": "待审核",
    "approved": "已批准",
    "rejected": "未批准",
    "active": "在岗",
    "disabled": "已停用",
}
OBSERVATION_STATUSES = {"received": "已收到", "answered": "已答复", "closed": "已办结"}

MIGRATIONS = [
    Migration(
        1,
        """
        CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
        CREATE TABLE cases (
            id {id}, case_no TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, what TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '', occurred_on TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
            page_url TEXT NOT NULL DEFAULT '', lat TEXT NOT NULL DEFAULT '',
            lon TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'web',
            receipt_hash TEXT NOT NULL UNIQUE, status TEXT NOT NULL,
            assigned_to BIGINT, satisfaction TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            accepted_at TEXT NOT NULL DEFAULT '', answered_at TEXT NOT NULL DEFAULT '',
            closed_at TEXT NOT NULL DEFAULT '');
        CREATE INDEX cases_status ON cases (status, created_at);
        CREATE INDEX cases_kind ON cases (kind, created_at);
        CREATE TABLE supervisors (
            id {id}, name TEXT NOT NULL, phone TEXT NOT NULL, email TEXT NOT NULL DEFAULT '',
            area TEXT NOT NULL DEFAULT '', motivation TEXT NOT NULL DEFAULT '',
            login TEXT NOT NULL UNIQUE, status TEXT NOT NULL, password_hash TEXT,
            created_at TEXT NOT NULL, decided_at TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '');
        CREATE TABLE observations (
            id {id}, obs_no TEXT NOT NULL UNIQUE, supervisor_id BIGINT NOT NULL
                REFERENCES supervisors (id),
            observed_on TEXT NOT NULL, place TEXT NOT NULL, subject TEXT NOT NULL,
            what TEXT NOT NULL, rating INTEGER NOT NULL, status TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            answered_at TEXT NOT NULL DEFAULT '');
        CREATE INDEX observations_supervisor ON observations (supervisor_id, created_at);
        CREATE TABLE events (
            id {id}, owner_kind TEXT NOT NULL, owner_id BIGINT NOT NULL, at TEXT NOT NULL,
            actor TEXT NOT NULL, action TEXT NOT NULL, status TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '', public INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX events_owner ON events (owner_kind, owner_id, id);
        CREATE TABLE attachments (
            id {id}, owner_kind TEXT NOT NULL, owner_id BIGINT NOT NULL,
            stored_name TEXT NOT NULL UNIQUE, original_name TEXT NOT NULL,
            media_type TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE INDEX attachments_owner ON attachments (owner_kind, owner_id)
        """,
    )
]


def now_iso() -> str:
    return dt.datetime.now(CHINA).isoformat(timespec="seconds")


def local_date(iso: str) -> dt.date:
    return dt.datetime.fromisoformat(iso).astimezone(CHINA).date()


@dataclass(frozen=True)
class Receipt:
    case_no: str
    code: str


@dataclass(frozen=True)
class ComplaintForm:
    """What a citizen submits; validated by :meth:`check`."""

    kind: str
    what: str
    place: str = ""
    occurred_on: str = ""
    name: str = ""
    phone: str = ""
    page_url: str = ""
    lat: str = ""
    lon: str = ""

    def __post_init__(self) -> None:
        # Full-width digits from a Chinese input method are still a phone number.
        object.__setattr__(self, "phone", unicodedata.normalize("NFKC", self.phone))

    def check(self) -> dict[str, str]:
        """Field name → message for each problem (empty when the form is fine)."""
        problems: dict[str, str] = {}
        if self.kind not in KINDS:
            problems["kind"] = "请选择类别"
        if not 5 <= len(self.what.strip()) <= 5000:
            problems["what"] = "请填写事情经过（5 至 5000 字）"
        if len(self.place) > 200:
            problems["place"] = "地点不超过 200 字"
        if self.occurred_on:
            try:
                day = dt.date.fromisoformat(self.occurred_on)
                if day > dt.datetime.now(CHINA).date():
                    problems["occurred_on"] = "发生日期不能晚于今天"
            except ValueError:
                problems["occurred_on"] = "日期格式应为 2026-03-01"
        if len(self.name) > 50:
            problems["name"] = "姓名不超过 50 字"
        digits = self.phone.replace("-", "").replace(" ", "")
        if self.phone and not (digits.isascii() and digits.isdigit() and 7 <= len(digits) <= 15):
            problems["phone"] = "电话号码格式不正确"
        if self.kind in PUBLICATION_KINDS:
            if (
                not self.page_url.startswith(("http://", "https://", "/"))
                or len(self.page_url) > 500
            ):
                problems["page_url"] = "请填写有关公示页面的网址"
        elif len(self.page_url) > 500:
            problems["page_url"] = "网址过长"
        return problems


class IntakeStore:
    def __init__(
        self,
        db: Database,
        files: AttachmentStore,
        secret: str,
        calendar: WorkingDays | None = None,
        deadlines: dict[str, int] | None = None,
    ) -> None:
        self.db = db
        self.files = files
        self.secret = secret
        self.calendar = calendar or WorkingDays()
        self.deadlines = deadlines or {"accept": 7, "answer": 60, "follow_up": 10}
        db.migrate("intake", MIGRATIONS)

    # -- receipts --------------------------------------------------------------------------
    def receipt_hash(self, code: str) -> str:
        return keyed_hash(self.secret, "receipt", normalize_code(code))

    @staticmethod
    def _next_number(tx: Any, prefix: str, year: int) -> str:
        value = tx.value(
            "INSERT INTO counters (name, value) VALUES (?, 1) "
            "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value",
            (f"{prefix}-{year}",),
        )
        return f"{prefix}-{year}-{int(value):06d}"

    def _save_files(self, uploads: Sequence[tuple[bytes, str]]) -> list[StoredFile]:
        saved: list[StoredFile] = []
        try:
            for data, name in uploads:
                saved.append(self.files.save(data, name))
        except BaseException:
            for f in saved:
                self.files.remove(f.stored_name)
            raise
        return saved

    @staticmethod
    def _attach(tx: Any, kind: str, owner_id: int, saved: Sequence[StoredFile], at: str) -> None:
        for f in saved:
            tx.execute(
                "INSERT INTO attachments (owner_kind, owner_id, stored_name, original_name, "
                "media_type, size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    kind,
                    owner_id,
                    f.stored_name,
                    f.original_name,
                    f.media_type,
                    f.size,
                    f.sha256,
                    at,
                ),
            )

    # -- complaints ------------------------------------------------------------------------
    def create_case(
        self,
        form: ComplaintForm,
        uploads: Sequence[tuple[bytes, str]] = (),
        source: str = "web",
    ) -> Receipt:
        """Store a complaint; returns its receipt once the transaction has committed."""
        self._check(form)
        saved = self._save_files(uploads)
        insert = self._case_insert(form, saved, source)
        try:
            # Group commit: concurrent submissions share one fsync; each returns after it.
            receipt = self.db.write_grouped(insert)
        except BaseException:
            self._remove(saved)
            raise
        assert receipt is not None  # nothing to admit: never refused
        return receipt

    async def create_case_async(
        self,
        form: ComplaintForm,
        uploads: Sequence[tuple[bytes, str]] = (),
        source: str = "web",
        admit: Admit | None = None,
    ) -> Receipt | None:
        """:meth:`create_case` for the service's coroutines; None when ``admit()`` (the rate
        limit) refuses. Neither blocks the event loop nor holds a worker thread while the
        batch commits; files are cleaned and saved in a worker thread, after ``admit``."""
        from anyio import to_thread

        self._check(form)
        saved: list[StoredFile] = []
        if uploads:
            # Admitted before any image is decoded: an over-limit client costs no CPU.
            if admit is not None and not await to_thread.run_sync(admit):
                return None
            admit = None
            saved = await to_thread.run_sync(self._save_files, uploads)
        insert = self._case_insert(form, saved, source)
        try:
            return await self.db.write_grouped_async(insert, admit)
        except BaseException:
            self._remove(saved)
            raise

    @staticmethod
    def _check(form: ComplaintForm) -> None:
        problems = form.check()
        if problems:
            raise IntakeError(next(iter(problems.values())), field=next(iter(problems)))

    def _remove(self, saved: Sequence[StoredFile]) -> None:
        for f in saved:
            self.files.remove(f.stored_name)

    def _case_insert(
        self, form: ComplaintForm, saved: Sequence[StoredFile], source: str
    ) -> Callable[[Any], Receipt]:
        """The write that stores the case under the hash of a new receipt code."""
        at = now_iso()

        def insert(tx: Any) -> Receipt:
            # Drawn here, off the event loop: os.urandom lets go of the GIL, and the service's
            # event loop thread then waits to get it back from the writer thread.
            code = new_code(100)
            receipt_hash = self.receipt_hash(code)
            case_no = self._next_number(tx, "TS", int(at[:4]))
            case_id = tx.value(
                "INSERT INTO cases (case_no, kind, what, place, occurred_on, name, phone, "
                "page_url, lat, lon, source, receipt_hash, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?) RETURNING id",
                (
                    case_no,
                    form.kind,
                    form.what.strip(),
                    form.place.strip(),
                    form.occurred_on,
                    form.name.strip(),
                    form.phone.strip(),
                    form.page_url.strip(),
                    form.lat,
                    form.lon,
                    source,
                    receipt_hash,
                    at,
                    at,
                ),
            )
            tx.execute(
                "INSERT INTO events (owner_kind, owner_id, at, actor, action, status, public) "
                "VALUES ('case', ?, ?, 'citizen', 'status', 'received', 1)",
                (case_id, at),
            )
            self._attach(tx, "case", case_id, saved, at)
            return Receipt(str(case_no), code)

        return insert

    def case_by_receipt(self, code: str) -> dict[str, Any] | None:
        """The case this receipt code opens, or None; the hash is confirmed in constant time."""
        if not 16 <= len(normalize_code(code)) <= 40:
            return None
        wanted = self.receipt_hash(code)
        with self.db.read() as tx:
            row = tx.one("SELECT * FROM cases WHERE receipt_hash = ?", (wanted,))
        if row is None or not same(row["receipt_hash"], wanted):
            return None
        return row

    def case(self, case_no: str) -> dict[str, Any] | None:
        with self.db.read() as tx:
            return tx.one("SELECT * FROM cases WHERE case_no = ?", (case_no,))

    def events(self, kind: str, owner_id: int, public_only: bool = False) -> list[dict]:
        sql = "SELECT * FROM events WHERE owner_kind = ? AND owner_id = ?"
        if public_only:
            sql += " AND public = 1"
        with self.db.read() as tx:
            return tx.all(sql + " ORDER BY id", (kind, owner_id))

    def attachments(self, kind: str, owner_id: int) -> list[dict]:
        with self.db.read() as tx:
            return tx.all(
                "SELECT * FROM attachments WHERE owner_kind = ? AND owner_id = ? ORDER BY id",
                (kind, owner_id),
            )

    def attachment(self, attachment_id: int) -> dict | None:
        with self.db.read() as tx:
            return tx.one("SELECT * FROM attachments WHERE id = ?", (attachment_id,))

    def deadline(self, case: dict) -> Deadline | None:
        """When the current step of an open case is due, in working days from config."""
        status = case["status"]
        if status == "received":
            return self.calendar.add(local_date(case["created_at"]), self.deadlines["accept"])
        if status in ("accepted", "in_progress"):
            start = case["accepted_at"] or case["created_at"]
            return self.calendar.add(local_date(start), self.deadlines["answer"])
        if status == "answered":
            return self.calendar.add(local_date(case["answered_at"]), self.deadlines["follow_up"])
        return None

    def overdue(self, case: dict, today: dt.date | None = None) -> bool:
        due = self.deadline(case)
        today = today or dt.datetime.now(CHINA).date()
        return due is not None and today > due.date

    @staticmethod
    def _case_filter(
        status: str, kind: str, assigned_to: int | None, search: str
    ) -> tuple[str, list[Any]]:
        """The WHERE clause (and its parameters) of the staff queue's plain filters."""
        where, params = ["1 = 1"], list[Any]()
        if status == "open":
            where.append("status IN (" + ",".join("?" * len(OPEN_STATUSES)) + ")")
            params += list(OPEN_STATUSES)
        elif status:
            where.append("status = ?")
            params.append(status)
        if kind:
            where.append("kind = ?")
            params.append(kind)
        if assigned_to is not None:
            where.append("assigned_to = ?")
            params.append(assigned_to)
        if search:
            where.append("case_no = ?")
            params.append(search.strip().upper())
        return " AND ".join(where), params

    def _flag(self, rows: list[dict], today: dt.date) -> list[dict]:
        for row in rows:
            due = self.deadline(row)
            row["due"] = due
            row["is_overdue"] = due is not None and today > due.date
        return rows

    def _overdue_ids(self, tx: Any, where: str, params: list[Any], today: dt.date) -> list[int]:
        """Ids of the matching overdue cases, newest first.

        A deadline counts working days (holidays from config), which SQL cannot compute, so
        this reads the deadline columns of every matching case that has a deadline at all
        (the open steps of DEADLINE_STATUSES: bounded by the open workload, not by history)
        and filters in Python; the caller pages the ids in Python too.
        """
        marks = ",".join("?" * len(DEADLINE_STATUSES))
        candidates = tx.all(
            "SELECT id, status, created_at, accepted_at, answered_at FROM cases "
            f"WHERE {where} AND status IN ({marks}) ORDER BY id DESC",
            [*params, *DEADLINE_STATUSES],
        )
        return [r["id"] for r in candidates if self.overdue(r, today)]

    @staticmethod
    def _cases_by_id(tx: Any, ids: Sequence[int]) -> list[dict]:
        """Whole rows of ``ids`` (given newest first), in that order; in chunks so that no
        statement passes more parameters than SQLite allows."""
        rows: list[dict] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows += tx.all(
                "SELECT * FROM cases WHERE id IN (" + ",".join("?" * len(chunk)) + ") "
                "ORDER BY id DESC",
                chunk,
            )
        return rows

    def cases(
        self,
        status: str = "",
        kind: str = "",
        assigned_to: int | None = None,
        search: str = "",
        overdue_only: bool = False,
    ) -> list[dict]:
        """Every matching case, newest first, with its deadline: all of them, never a page
        (the CSV export)."""
        where, params = self._case_filter(status, kind, assigned_to, search)
        today = dt.datetime.now(CHINA).date()
        with self.db.read() as tx:
            if overdue_only:
                rows = self._cases_by_id(tx, self._overdue_ids(tx, where, params, today))
            else:
                rows = tx.all(f"SELECT * FROM cases WHERE {where} ORDER BY id DESC", params)
        return self._flag(rows, today)

    def cases_page(
        self,
        number: int,
        size: int = PAGE_SIZE,
        status: str = "",
        kind: str = "",
        assigned_to: int | None = None,
        search: str = "",
        overdue_only: bool = False,
    ) -> Page:
        """Page ``number`` (1-based; beyond the end: the last page) of the matching cases,
        newest first, with the total; counted and paged in SQL except for the overdue filter
        (see :meth:`_overdue_ids`)."""
        where, params = self._case_filter(status, kind, assigned_to, search)
        today = dt.datetime.now(CHINA).date()
        with self.db.read() as tx:
            if overdue_only:
                ids = self._overdue_ids(tx, where, params, today)
                total = len(ids)
                shown = clamp(number, total, size)
                offset = (shown - 1) * size
                rows = self._cases_by_id(tx, ids[offset : offset + size])
            else:
                total = int(tx.value(f"SELECT COUNT(*) FROM cases WHERE {where}", params))
                shown = clamp(number, total, size)
                rows = tx.all(
                    f"SELECT * FROM cases WHERE {where} ORDER BY id DESC LIMIT ? OFFSET ?",
                    [*params, size, (shown - 1) * size],
                )
        return Page(self._flag(rows, today), total, shown, size, number)

    def _event(
        self,
        tx: Any,
        kind: str,
        owner_id: int,
        actor: str,
        action: str,
        *,
        status: str = "",
        text: str = "",
        public: bool = False,
        at: str = "",
    ) -> None:
        tx.execute(
            "INSERT INTO events (owner_kind, owner_id, at, actor, action, status, text, public) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, owner_id, at or now_iso(), actor, action, status, text, int(public)),
        )

    def _locked_case(self, tx: Any, case_no: str) -> dict:
        lock = " FOR UPDATE" if self.db.postgres else ""
        row = tx.one("SELECT * FROM cases WHERE case_no = ?" + lock, (case_no,))
        if row is None:
            raise IntakeError("案件不存在", field="case_no")
        return row

    def move(
        self, case_no: str, to: str, actor: str, reason: str = "", satisfaction: str = ""
    ) -> None:
        """Move a case to status ``to``; a refusal or an answer needs its text (the reply)."""
        reason = reason.strip()
        if to not in STATUSES:
            raise IntakeError("未知的状态", field="status")
        at = now_iso()
        with self.db.transaction() as tx:
            case = self._locked_case(tx, case_no)
            if to not in TRANSITIONS[case["status"]]:
                raise IntakeError(
                    f"不能从“{STATUSES[case['status']]}”转为“{STATUSES[to]}”", field="status"
                )
            if to in REASON_REQUIRED and not reason:
                raise IntakeError("请填写理由或答复内容", field="reason")
            if to == "followed_up" and satisfaction not in SATISFACTION:
                raise IntakeError("请选择回访满意度", field="satisfaction")
            stamps = {
                "accepted": "accepted_at",
                "answered": "answered_at",
                "closed": "closed_at",
                "not_accepted": "closed_at",
            }
            sets, params = ["status = ?", "updated_at = ?"], [to, at]
            if to in stamps:
                sets.append(f"{stamps[to]} = ?")
                params.append(at)
            if to == "followed_up":
                sets.append("satisfaction = ?")
                params.append(satisfaction)
            tx.execute(f"UPDATE cases SET {', '.join(sets)} WHERE id = ?", (*params, case["id"]))
            text = reason
            if to == "followed_up":
                text = f"{SATISFACTION[satisfaction]}" + (f"：{reason}" if reason else "")
            # What the citizen reads: every status, a refusal's reason, the answer itself;
            # a follow-up note stays internal.
            self._event(
                tx,
                "case",
                case["id"],
                actor,
                "status",
                status=to,
                text=text if to != "followed_up" else "",
                public=True,
                at=at,
            )
            if to == "followed_up":
                self._event(tx, "case", case["id"], actor, "follow_up", text=text, at=at)

    def reply(self, case_no: str, actor: str, text: str) -> None:
        """A message to the citizen, shown on the status page (no change of status)."""
        if not text.strip():
            raise IntakeError("请填写答复内容", field="text")
        with self.db.transaction() as tx:
            case = self._locked_case(tx, case_no)
            self._event(
                tx, "case", case["id"], actor, "reply", text=text.strip()[:5000], public=True
            )
            tx.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now_iso(), case["id"]))

    def note(self, case_no: str, actor: str, text: str) -> None:
        """An internal note: staff only, never on the citizen's page."""
        if not text.strip():
            raise IntakeError("请填写备注内容", field="text")
        with self.db.transaction() as tx:
            case = self._locked_case(tx, case_no)
            self._event(tx, "case", case["id"], actor, "note", text=text.strip()[:5000])

    def assign(self, case_no: str, actor: str, account_id: int | None, account_name: str) -> None:
        with self.db.transaction() as tx:
            case = self._locked_case(tx, case_no)
            tx.execute(
                "UPDATE cases SET assigned_to = ?, updated_at = ? WHERE id = ?",
                (account_id, now_iso(), case["id"]),
            )
            self._event(tx, "case", case["id"], actor, "assign", text=account_name)

    def publication_reports(self, open_only: bool = True) -> list[dict]:
        """Complaints about a published page (correction requests, exposed personal data).

        Each has ``case_no``, ``kind``, ``page_url``, ``what``, ``status``, ``created_at``: the
        clerk's review queue (issue 4) lists them beside the decisions waiting for review.
        """
        sql = (
            "SELECT case_no, kind, page_url, what, status, created_at FROM cases "
            "WHERE kind IN (?, ?)"
        )
        params: list[Any] = list(PUBLICATION_KINDS)
        if open_only:
            sql += " AND status IN (" + ",".join("?" * len(OPEN_STATUSES)) + ")"
            params += list(OPEN_STATUSES)
        with self.db.read() as tx:
            return tx.all(sql + " ORDER BY id", params)

    # -- statistics (aggregates only) ------------------------------------------------------
    def statistics(self, year: int | None = None) -> dict[str, Any]:
        """Counts per month and kind, median days to answer, satisfaction rate: no person."""
        from intake.statistics import summarize

        with self.db.read() as tx:
            rows = tx.all("SELECT kind, created_at, answered_at, satisfaction FROM cases")
        return summarize(rows, year)

    # -- volunteer supervisors -------------------------------------------------------------
    def apply_supervisor(
        self, name: str, phone: str, email: str, area: str, motivation: str, login: str
    ) -> int:
        name, phone, login = name.strip(), phone.strip(), login.strip().lower()
        if not 1 <= len(name) <= 50:
            raise IntakeError("请填写姓名", field="name")
        digits = phone.replace("-", "").replace(" ", "")
        if not (digits.isascii() and digits.isdigit() and 7 <= len(digits) <= 15):
            raise IntakeError("请填写有效的联系电话", field="phone")
        if not (
            3 <= len(login) <= 32
            and login.replace("_", "").replace("-", "").isalnum()
            and login.isascii()
        ):
            raise IntakeError("登录名为 3 至 32 位字母、数字、下划线或连字符", field="login")
        with self.db.transaction() as tx:
            if tx.one("SELECT id FROM supervisors WHERE login = ?", (login,)):
                raise IntakeError("该登录名已被使用，请换一个", field="login")
            return int(
                tx.value(
                    "INSERT INTO supervisors (name, phone, email, area, motivation, login, status, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, 'applied', ?) RETURNING id",
                    (
                        name,
                        phone,
                        email.strip()[:100],
                        area.strip()[:100],
                        motivation.strip()[:2000],
                        login,
                        now_iso(),
                    ),
                )
            )

    def supervisors(self, status: str = "") -> list[dict]:
        sql, params = "SELECT * FROM supervisors", []
        if status:
            sql += " WHERE status = ?"
            params.append(status)
        with self.db.read() as tx:
            return tx.all(sql + " ORDER BY id DESC", params)

    def supervisor(self, supervisor_id: int) -> dict | None:
        with self.db.read() as tx:
            return tx.one("SELECT * FROM supervisors WHERE id = ?", (supervisor_id,))

    def supervisor_by_login(self, login: str) -> dict | None:
        with self.db.read() as tx:
            return tx.one("SELECT * FROM supervisors WHERE login = ?", (login.strip().lower(),))

    def decide_supervisor(self, supervisor_id: int, approve: bool, actor: str) -> None:
        with self.db.transaction() as tx:
            row = tx.one("SELECT status FROM supervisors WHERE id = ?", (supervisor_id,))
            if row is None or row["status"] != "applied":
                raise IntakeError("该申请已处理或不存在")
            tx.execute(
                "UPDATE supervisors SET status = ?, decided_at = ?, decided_by = ? WHERE id = ?",
                ("approved" if approve else "rejected", now_iso(), actor, supervisor_id),
            )

    def set_supervisor_password(self, supervisor_id: int, password_hash: str) -> None:
        with self.db.transaction() as tx:
            row = tx.one("SELECT status FROM supervisors WHERE id = ?", (supervisor_id,))
            if row is None or row["status"] not in ("approved", "active"):
                raise IntakeError("该账户未获批准或已停用")
            tx.execute(
                "UPDATE supervisors SET status = 'active', password_hash = ? WHERE id = ?",
                (password_hash, supervisor_id),
            )

    def create_observation(
        self,
        supervisor_id: int,
        observed_on: str,
        place: str,
        subject: str,
        what: str,
        rating: int,
        uploads: Sequence[tuple[bytes, str]] = (),
    ) -> str:
        try:
            day = dt.date.fromisoformat(observed_on)
        except ValueError:
            raise IntakeError("日期格式应为 2026-03-01", field="observed_on") from None
        if day > dt.datetime.now(CHINA).date():
            raise IntakeError("观察日期不能晚于今天", field="observed_on")
        if not 1 <= len(place.strip()) <= 200:
            raise IntakeError("请填写地点", field="place")
        if not 1 <= len(subject.strip()) <= 200:
            raise IntakeError("请填写被监督的单位或执法证号", field="subject")
        if not 5 <= len(what.strip()) <= 5000:
            raise IntakeError("请填写所见情况（5 至 5000 字）", field="what")
        if rating not in (1, 2, 3, 4, 5):
            raise IntakeError("请选择评价（1 至 5）", field="rating")
        saved = self._save_files(uploads)
        at = now_iso()
        try:
            with self.db.transaction() as tx:
                obs_no = self._next_number(tx, "JD", int(at[:4]))
                obs_id = tx.value(
                    "INSERT INTO observations (obs_no, supervisor_id, observed_on, place, "
                    "subject, what, rating, status, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 'received', ?, ?) RETURNING id",
                    (
                        obs_no,
                        supervisor_id,
                        observed_on,
                        place.strip(),
                        subject.strip(),
                        what.strip(),
                        rating,
                        at,
                        at,
                    ),
                )
                self._attach(tx, "observation", obs_id, saved, at)
        except BaseException:
            for f in saved:
                self.files.remove(f.stored_name)
            raise
        return obs_no

    def observations(self, supervisor_id: int | None = None, status: str = "") -> list[dict]:
        sql = (
            "SELECT o.*, s.name AS supervisor_name FROM observations o "
            "JOIN supervisors s ON s.id = o.supervisor_id WHERE 1 = 1"
        )
        params: list[Any] = []
        if supervisor_id is not None:
            sql += " AND o.supervisor_id = ?"
            params.append(supervisor_id)
        if status:
            sql += " AND o.status = ?"
            params.append(status)
        with self.db.read() as tx:
            return tx.all(sql + " ORDER BY o.id DESC LIMIT 500", params)

    def observations_page(self, number: int, size: int = PAGE_SIZE, status: str = "") -> Page:
        """Page ``number`` (1-based; beyond the end: the last page) of all volunteers'
        observations, newest first, with the total: the staff queue, counted and paged in SQL."""
        where, params = ("o.status = ?", [status]) if status else ("1 = 1", [])
        with self.db.read() as tx:
            total = int(tx.value(f"SELECT COUNT(*) FROM observations o WHERE {where}", params))
            shown = clamp(number, total, size)
            rows = tx.all(
                "SELECT o.*, s.name AS supervisor_name FROM observations o "
                f"JOIN supervisors s ON s.id = o.supervisor_id WHERE {where} "
                "ORDER BY o.id DESC LIMIT ? OFFSET ?",
                [*params, size, (shown - 1) * size],
            )
        return Page(rows, total, shown, size, number)

    def observation(self, obs_no: str) -> dict | None:
        with self.db.read() as tx:
            return tx.one("SELECT * FROM observations WHERE obs_no = ?", (obs_no,))

    def reply_observation(self, obs_no: str, actor: str, text: str, close: bool = False) -> None:
        if not text.strip():
            raise IntakeError("请填写答复内容", field="text")
        at = now_iso()
        with self.db.transaction() as tx:
            obs = tx.one("SELECT * FROM observations WHERE obs_no = ?", (obs_no,))
            if obs is None:
                raise IntakeError("监督意见不存在")
            status = "closed" if close else "answered"
            tx.execute(
                "UPDATE observations SET status = ?, updated_at = ?, answered_at = ? WHERE id = ?",
                (status, at, obs["answered_at"] or at, obs["id"]),
            )
            self._event(
                tx,
                "observation",
                obs["id"],
                actor,
                "reply",
                status=status,
                text=text.strip()[:5000],
                public=True,
                at=at,
            )


_DEFAULT: IntakeStore | None = None


def publication_reports(open_only: bool = True) -> list[dict]:
    """:meth:`IntakeStore.publication_reports` of the store the running service opened."""
    if _DEFAULT is None:
        raise IntakeError("the intake store is not open in this process")
    return _DEFAULT.publication_reports(open_only)


def open_store(settings: Any) -> IntakeStore:
    """The deployment's store (the SQLite file or DATABASE_URL of ``settings``)."""
    from core.db import open_database

    global _DEFAULT
    store = IntakeStore(
        open_database(settings, "gongshi"),
        AttachmentStore(settings.data_dir / "attachments"),
        settings.secret_key,
        WorkingDays(settings.holidays_file),
        {
            "accept": settings.intake_accept_days,
            "answer": settings.intake_answer_days,
            "follow_up": settings.intake_follow_up_days,
        },
    )
    _DEFAULT = store
    return store
