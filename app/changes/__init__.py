"""Changing numbers safely, without Qt: the journal, plans (preview/diff), the bulk runner, undo,
and spreadsheet export/import. The UI (`app.ui.editing`) drives these; the tests and the benchmark use
them directly.

```python
plan = plan_bulk(numbers, {"num_renvoi": "33612345678", "type_repondeur": "Ren"})
runner = BulkRunner(plan.edits, service.call, journal=Journal(), concurrency=8, user=..., server=...)
summary = await runner.run()          # progress through runner.on_progress
await runner.retry_failures()
```
"""

from ._fields import (
    ALL_DAYS,
    API_NAMES,
    BY_NAME,
    DAYS,
    FIELDS,
    MEDIA_SLOTS,
    NAMES,
    Field,
    is_known,
    normalise_days,
    number_value,
    same_value,
)
from ._journal import (
    CANCELLED,
    DONE,
    DROPPED,
    FAILED,
    FAILURES,
    FINISHED,
    INTERRUPTED,
    KIND_ADD,
    KIND_BULK,
    KIND_EDIT,
    KIND_IMPORT,
    KIND_UNDO,
    PENDING,
    REFUSED,
    RUNNING,
    SENDING,
    SKIPPED,
    UNFINISHED,
    UNSENT,
    ChangeRecord,
    Journal,
    RunRecord,
)
from ._plan import (
    DATES_ORDER,
    DEACTIVATED,
    FORWARD_WITHOUT_NUMBER,
    HOURS_ORDER,
    INBOUND_OFF,
    INVALID_FORWARD,
    OP_ADD,
    OP_EDIT,
    Plan,
    PlannedEdit,
    PlanWarning,
    Problem,
    plan_add,
    plan_bulk,
    plan_edit,
    plan_per_number,
    warnings_for,
)
from ._runner import BulkRunner, EditResult, RunProgress, RunSummary, runner_from_journal
from ._spreadsheet import (
    CellError,
    Column,
    MediaNames,
    Sheet,
    export_numbers,
    format_cell,
    header_fields,
    parse_cell,
    plan_import,
    read_sheet,
)
from ._undo import Conflict, UndoPlan, current_for, plan_undo, reread_numbers

__all__ = [
    "ALL_DAYS", "API_NAMES", "BY_NAME", "CANCELLED", "DATES_ORDER", "DAYS", "DEACTIVATED", "DONE",
    "DROPPED", "FAILED", "FAILURES", "FIELDS", "FINISHED", "FORWARD_WITHOUT_NUMBER", "HOURS_ORDER",
    "INBOUND_OFF", "INTERRUPTED", "INVALID_FORWARD", "KIND_ADD", "KIND_BULK", "KIND_EDIT",
    "KIND_IMPORT", "KIND_UNDO", "MEDIA_SLOTS", "NAMES", "OP_ADD", "OP_EDIT", "PENDING", "REFUSED",
    "RUNNING", "SENDING", "SKIPPED", "UNFINISHED", "UNSENT",
    "BulkRunner", "CellError", "ChangeRecord", "Column", "Conflict", "EditResult", "Field", "Journal",
    "MediaNames", "Plan", "PlanWarning", "PlannedEdit", "Problem", "RunProgress", "RunRecord",
    "RunSummary", "Sheet", "UndoPlan", "current_for", "export_numbers", "format_cell", "header_fields",
    "is_known", "normalise_days", "number_value", "parse_cell", "plan_add", "plan_bulk", "plan_edit",
    "plan_import", "plan_per_number", "plan_undo", "read_sheet", "reread_numbers", "runner_from_journal",
    "same_value", "warnings_for",
]
