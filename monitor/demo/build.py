"""Building the demo database: generate everything, then load each file through the normal
intake path (:func:`monitor.intake.ingest.ingest`, one bulk upload per file, in order of
receipt), and summarise what was loaded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from monitor.demo.commitments import load_demo_commitments
from monitor.demo.csvfile import render
from monitor.demo.measures import generate
from monitor.demo.schedule import plan_files, plan_submissions
from monitor.demo.world import World
from monitor.errors import UsageError
from monitor.intake.core import Context, Upload
from monitor.intake.ingest import ingest
from monitor.periods import Quarter, last_completed_quarter
from monitor.store import Store
from monitor.text import Number, Text


@dataclass
class DemoSummary:
    """What :func:`build_demo` loaded."""

    submissions: int = 0  # accepted submissions (organisation-quarter versions), corrections included
    missing: int = 0  # expected organisation-quarters without any submission
    late: int = 0  # first submissions received after the deadline
    corrections: int = 0  # resubmissions with corrected values
    values: int = 0  # value versions stored
    expected: int = 0  # organisation-quarters that should have been submitted
    files: int = 0  # uploaded files (one ingest each)
    outliers: int = 0  # values ten times too high
    outliers_left: int = 0  # ... of which never corrected
    first: str = ""  # the first and the last quarter of the demo data, 'YYYY-Qn'
    last: str = ""
    commitments: int = 0  # commitments and motions imported from the sample files
    commitment_links: int = 0  # ... and linked to an action
    statements: int = 0  # action statements written (monitor.demo.statements)

    @property
    def missing_share(self) -> float:
        return self.missing / self.expected if self.expected else 0.0

    def text(self) -> Text:
        """What was loaded, to be said in the reader's language."""
        return Text("demo.summary", first=self.first, last=self.last, submissions=self.submissions,
                    files=Text("demo.files", count=self.files), late=self.late,
                    corrections=self.corrections, values=self.values, missing=self.missing,
                    expected=self.expected, share=Number(100 * self.missing_share, 1),
                    outliers=self.outliers, left=self.outliers_left)

    def __str__(self) -> str:
        return self.text().render("en")


def _check(store: Store, ctx: Context, until: Quarter | None) -> Quarter:
    """The last quarter to generate; UsageError when it cannot be or the database has data."""
    latest = min(last_completed_quarter(ctx.today), ctx.config.programme_end)
    until = until or latest
    if until > latest:
        raise UsageError(Text("error.demo.until", latest=latest, today=ctx.today, until=until))
    if until < ctx.config.programme_start:
        raise UsageError(Text("error.demo.before_start", until=until, start=ctx.config.programme_start))
    if store.scalar("SELECT count(*) FROM submissions"):
        raise UsageError(Text("error.demo.not_empty", path=store.path))
    return until


def build_demo(
    store: Store, ctx: Context, *, until: Quarter | None = None,
    progress: Callable[[str], None] | None = None, user: str | None = None,
) -> DemoSummary:
    """Generate demo submissions for every organisation in ``ctx.org_types`` and every quarter
    from the programme start to ``until`` (default: the last quarter completed before
    ``ctx.today``) and load them with :func:`ingest`, one bulk upload per file. The same seed
    (``demo.seed``) gives the same data. Raises RuntimeError when a file is not accepted, and
    :class:`~monitor.access.errors.AccessDenied` in production (recorded as ``access.denied`` for
    ``user``, the claimed user id if any): demo data never goes into a production database."""
    from monitor.access.identity import cli_user, refuse_demo_in_production

    # fictitious submissions never go into a production database (audited refusal)
    refuse_demo_in_production(store, ctx.config["access.environment"], user)
    until = _check(store, ctx, until)

    loader = cli_user(store, None, "demo", "submit.bulk").id  # a demo programme manager
    world = World(ctx, until)
    plan_submissions(world)
    generate(world)
    plan = plan_files(world)
    summary = DemoSummary(expected=world.expected, outliers=len(plan.outliers),
                          outliers_left=plan.left_in, first=str(world.start), last=str(until))
    for batch in plan.batches:
        rows, content = render(world, plan, batch)
        name = f"demo-{batch.period}-{batch.label}.csv"
        result = ingest(store, ctx, Upload(rows, content, name, "utf-8", ";"), bulk=True,
                        user=loader, source="demo", received_at=batch.received_at)
        if result.status != "accepted":
            first = "; ".join(str(p) for p in result.errors[:5])
            raise RuntimeError(f"demo file {name} was {result.status}: {first}")
        n = len(result.submission_ids)
        summary.files += 1
        summary.submissions += n
        summary.values += result.counts["new"] + result.counts["changed"]
        if batch.correction:
            summary.corrections += n
        elif batch.label == "nagekomen":
            summary.late += n
        if progress:
            progress(f"{name}: {n} submissions received {batch.received_at:%d-%m-%Y}, "
                     f"{result.counts['new']} new and {result.counts['changed']} changed values")
    summary.missing = world.expected - sum(len(s) for s in world.submitted)
    # the Kamer's commitments and motions (fictitious samples), linked to their actions
    summary.commitments, summary.commitment_links = load_demo_commitments(store, ctx.defs, loader)
    summary.statements = _statements(store, ctx, until)
    return summary


def _statements(store: Store, ctx: Context, until: Quarter) -> int:
    """The demo's action statements (issue 18), through the statements' own flow."""
    from monitor.demo.statements import add_demo_statements
    from monitor.register import load_register
    from monitor.runtime import Runtime

    rt = Runtime(ctx.config, load_register(ctx.config), ctx.defs, store)
    return add_demo_statements(rt, until, ctx.today)
