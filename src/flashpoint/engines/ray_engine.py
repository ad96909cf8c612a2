"""The cluster engine: flashpoint's coding pipeline on Ray Data.

One streamed Ray Dataset:

1. one read task per input file (:func:`flashpoint.engines.inputs.read_input`): JSON Lines and
   Parquet are streamed from local paths or shared storage (``s3://`` ...), other local files go
   through the local readers; bad rows are counted and reported, never fatal;
2. a fixed pool of Ray actors, each holding one :class:`~flashpoint.coding.Coder` (the model loads
   once per actor), codes small batches of articles (``map_batches`` with a callable class);
3. Parquet shards, one row per event (:mod:`flashpoint.engines.shards` lists the columns), written
   by Ray (:func:`code_with_ray`), or JSON Lines in input order written here (:func:`code_with_ray_to_jsonl`).

Event ids and records are the local engine's for the same input. Counts and problems reach the
driver through a small tally actor. Ray is imported only when a function here is called; without
it they raise :class:`~flashpoint.errors.ConfigError`.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO

from ..config import Settings
from ..errors import ConfigError, FlashpointError
from .inputs import InputFile, expand_inputs
from .ray_stages import CodeBatches, Tally, read_batch
from .storage import input_bytes, parquet_files, prepare_out_dir, write_empty_shard

__all__ = ["RayRunSummary", "code_with_ray", "code_with_ray_to_jsonl", "connect", "MAX_MESSAGES"]

MAX_MESSAGES = 10_000  # problem messages kept in the summary (all are counted)
DEFAULT_OBJECT_STORE_MB = 500  # for a local instance started here
ACTOR_BATCH = 8  # articles per call of a coding actor, at most (small calls share work evenly)
SHARD_ROWS = 20_000  # events per Parquet shard, at least (except the last shards)
MIN_BLOCK_BYTES, MAX_BLOCK_BYTES = 4 << 10, 4 << 20


@dataclass(slots=True)
class RayRunSummary:
    """What a Ray run did. ``messages``: the failures (``file:line: problem``), at most
    :data:`MAX_MESSAGES`; ``failures`` counts them all. ``shards``: the Parquet files written."""

    output: str
    articles: int = 0
    events: int = 0
    failures: int = 0
    messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    shards: list[str] = field(default_factory=list)
    actors: int = 0
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class _Job:
    files: list[InputFile]
    settings: Settings
    actors: int | None
    published: str | None
    text_column: str
    batch_size: int | None
    progress: bool


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - the [data] extra
    except ImportError:
        raise ConfigError("the Ray engine needs the 'ray' extra: pip install 'flashpoint[ray]'") from None
    return ray


def connect(address: str | None = None, num_cpus: int | None = None,
            object_store_mb: int = DEFAULT_OBJECT_STORE_MB, log_to_driver: bool = False) -> bool:
    """Connect this process to Ray; True when this call made the connection (the caller shuts it down).

    A Ray session already initialised in this process is used as is. ``address`` None starts a local
    instance (``num_cpus`` cores, default all; ``object_store_mb`` of object store; no dashboard);
    ``"auto"`` joins the cluster this machine belongs to; ``"host:port"`` or ``"ray://host:10001"``
    a given one. Workers' output goes to Ray's log files (``/tmp/ray/session_latest/logs``) unless
    ``log_to_driver``.
    """
    ray = _import_ray()
    if ray.is_initialized():
        return False
    # workers' own output stays in Ray's log files: forwarded, it would mix into JSON Lines on stdout
    common: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING,
                              "log_to_driver": log_to_driver}
    try:
        if address is None:
            ray.init(num_cpus=num_cpus, object_store_memory=object_store_mb * 1024 * 1024, **common)
        else:
            ray.init(address=address, **common)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ConfigError(f"cannot connect to Ray at {address or 'a new local instance'}: {exc}") from exc
    return True


def code_with_ray(
    inputs: Sequence[str],
    out_dir: str,
    settings: Settings | None = None,
    address: str | None = None,
    actors: int | None = None,
    *,
    published: str | None = None,
    text_column: str = "text",
    batch_size: int | None = None,
    num_cpus: int | None = None,
    object_store_mb: int = DEFAULT_OBJECT_STORE_MB,
    overwrite: bool = False,
    progress: bool = False,
    stdin: BinaryIO | None = None,
) -> RayRunSummary:
    """Code ``inputs`` (files, folders, URIs, ``-``) on Ray; write Parquet shards of events to ``out_dir``
    (a local folder, or a URI such as ``s3://bucket/events/`` that every node can write).

    ``address``: None starts a local Ray instance (``num_cpus``, ``object_store_mb``) and shuts it down
    at the end; ``"auto"`` or an address joins a running cluster; a Ray session already open in this
    process is used. ``actors``: coding actors (default one per CPU core of the cluster), each loading
    the model once. ``batch_size``: articles per actor call (default ``min(settings.batch_size, 8)``).
    ``out_dir`` must hold no ``*.parquet`` files unless ``overwrite`` (they are deleted first); a run
    without events leaves one empty shard there (the schema, no rows).
    ``published`` and ``text_column`` are as for :func:`flashpoint.read.read_inputs`. Bad inputs are
    counted and listed in the summary, never fatal. Raises :class:`~flashpoint.errors.ConfigError`
    (Ray missing or unreachable, output folder not empty) or :class:`~flashpoint.errors.FlashpointError`
    (the Ray job failed).
    """
    settings = settings or Settings()
    prepare_out_dir(out_dir, overwrite)

    def write(ds: Any) -> None:
        ds.write_parquet(out_dir, min_rows_per_file=SHARD_ROWS, ray_remote_args={"num_cpus": 0})

    summary = _execute(inputs, out_dir, write, settings, address, actors, published, text_column, batch_size,
                       num_cpus, object_store_mb, progress, stdin)
    if not parquet_files(out_dir):  # no events: one empty shard, so that readers still find the schema
        write_empty_shard(out_dir)
    summary.shards = parquet_files(out_dir)
    return summary


def code_with_ray_to_jsonl(
    inputs: Sequence[str],
    out: IO[str],
    settings: Settings | None = None,
    address: str | None = None,
    actors: int | None = None,
    *,
    published: str | None = None,
    text_column: str = "text",
    batch_size: int | None = None,
    num_cpus: int | None = None,
    object_store_mb: int = DEFAULT_OBJECT_STORE_MB,
    progress: bool = False,
    stdin: BinaryIO | None = None,
) -> RayRunSummary:
    """Like :func:`code_with_ray`, but the events come back to this process and are written to ``out``
    as JSON Lines in input order, exactly as the local engine writes them (works on any cluster: no
    shared output folder needed; events are sorted on local disk with DuckDB)."""
    import pyarrow.parquet as pq

    from .shards import iter_records

    settings = settings or Settings()
    with tempfile.TemporaryDirectory(prefix="flashpoint-ray-") as tmp:

        def collect(ds: Any) -> None:
            for n, table in enumerate(ds.iter_batches(batch_format="pyarrow", batch_size=None)):
                if table.num_rows:
                    pq.write_table(table, os.path.join(tmp, f"part-{n:06d}.parquet"))

        summary = _execute(inputs, "<jsonl>", collect, settings, address, actors, published, text_column,
                           batch_size, num_cpus, object_store_mb, progress, stdin)
        for record in iter_records(tmp):
            out.write(record + "\n")
    out.flush()
    return summary


def _execute(inputs: Sequence[str], output: str, sink: Callable[[Any], None], settings: Settings,
             address: str | None, actors: int | None, published: str | None, text_column: str,
             batch_size: int | None, num_cpus: int | None, object_store_mb: int, progress: bool,
             stdin: BinaryIO | None) -> RayRunSummary:
    """Expand inputs, connect, run the dataset into ``sink`` and sum up."""
    t0 = time.perf_counter()
    files, listing_failures = expand_inputs(inputs, stdin)
    ray = _import_ray()
    job = _Job(files, settings, actors, published, text_column, batch_size, progress)
    started = connect(address, num_cpus, object_store_mb)
    try:
        result, n_actors = _run(ray, job, sink)
    finally:
        if started:
            ray.shutdown()
    failures = [str(f) for f in listing_failures] + list(result["messages"])
    return RayRunSummary(
        output=output, articles=int(result["articles"]), events=int(result["events"]),
        failures=len(listing_failures) + int(result["failures"]), messages=failures[:MAX_MESSAGES],
        warnings=list(result["warnings"]), actors=n_actors, seconds=time.perf_counter() - t0,
    )


def _block_bytes(files: list[InputFile], actors: int) -> int:
    """Ray Data's block size for this job: about four blocks of articles per actor for small inputs
    (one small file still spreads over every actor), a few MiB at most for large ones."""
    want = input_bytes(files) // max(1, 4 * actors)
    return int(min(MAX_BLOCK_BYTES, max(MIN_BLOCK_BYTES, want)))


def _task_pool(ray: Any, size: int) -> dict[str, Any]:
    """``map_batches`` arguments for at most ``size`` concurrent tasks (``concurrency`` before Ray 2.51)."""
    if hasattr(ray.data, "TaskPoolStrategy"):
        return {"compute": ray.data.TaskPoolStrategy(size=size)}
    return {"concurrency": size}


def _run(ray: Any, job: _Job, sink: Callable[[Any], None]) -> tuple[dict[str, Any], int]:
    """Build the dataset, run it into ``sink``; the tally's result and the number of actors."""
    tally = ray.remote(num_cpus=0)(Tally).remote(MAX_MESSAGES)
    if not job.files:
        return dict(ray.get(tally.result.remote())), 0
    cpus = max(1.0, float(ray.cluster_resources().get("CPU", 1)))
    n_actors = job.actors if job.actors and job.actors > 0 else int(cpus)
    actor_cpus = min(1.0, cpus / n_actors)  # more actors than cores share them rather than wait forever
    per_call = job.batch_size or max(1, min(job.settings.batch_size, ACTOR_BATCH))
    ctx = ray.data.DataContext.get_current()
    saved = (ctx.enable_progress_bars, ctx.print_on_execution_start, ctx.enable_auto_log_stats,
             ctx.target_max_block_size)
    ctx.enable_progress_bars = ctx.print_on_execution_start = job.progress
    ctx.enable_auto_log_stats = False
    ctx.target_max_block_size = _block_bytes(job.files, n_actors)
    data_log = logging.getLogger("ray.data")
    log_level = data_log.level
    if not job.progress:
        data_log.setLevel(logging.WARNING)
    try:
        items = [{"index": f.index, "path": f.path, "kind": f.kind, "payload": f.payload} for f in job.files]
        ds = ray.data.from_items(items, override_num_blocks=len(items))
        # reading and writing hold no CPU slot, so coding actors may take every core without
        # starving them (with a slot each, a full actor pool would wait forever for its input)
        ds = ds.map_batches(read_batch, batch_size=1, batch_format="pyarrow", num_cpus=0,
                            fn_kwargs={"published": job.published, "text_column": job.text_column, "tally": tally},
                            **_task_pool(ray, max(1, min(len(items), n_actors))))
        ds = ds.map_batches(CodeBatches, batch_size=per_call, batch_format="pyarrow", num_cpus=actor_cpus,
                            fn_constructor_kwargs={"settings": job.settings, "tally": tally},
                            compute=ray.data.ActorPoolStrategy(size=n_actors, max_tasks_in_flight_per_actor=1))
        sink(ds)
    except FlashpointError:
        raise
    except Exception as exc:  # Ray wraps worker errors in its own exception types
        raise FlashpointError(f"the Ray job failed: {exc}") from exc
    finally:
        (ctx.enable_progress_bars, ctx.print_on_execution_start, ctx.enable_auto_log_stats,
         ctx.target_max_block_size) = saved
        data_log.setLevel(log_level)
    return dict(ray.get(tally.result.remote())), n_actors
