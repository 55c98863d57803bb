"""Undo: revert a run by sending the old values, with conflicts detected and left alone unless confirmed."""

from __future__ import annotations

import asyncio

from app import changes as ch
from app.api import CliqphoneClient, Number, NumberChanges

from .conftest import add_numbers, raw_call


def test_undo_run_with_and_without_conflict(sandbox, journal):
    async def main():
        async with CliqphoneClient(sandbox.base_url) as client:
            await client.login("test0123", "test0123")
            call = raw_call(client)
            numbers = await add_numbers(client, 4, info="avant", sonnerie=30, num_renvoi="33612345678")
            plan = ch.plan_bulk(numbers, {"info": "après", "sonnerie": 45})
            runner = ch.BulkRunner(plan.edits, call, journal=journal)
            await runner.run()
            # someone else changes one number's info since
            await client.edit_number(numbers[1].id, NumberChanges(info="changé ailleurs"))
            records = journal.changes(run_id=runner.run_id)
            current = await ch.current_for(call, records)
            undo = ch.plan_undo(records, current)
            assert sorted(e.number_id for e in undo.edits) == sorted(n.id for n in numbers if n.id != numbers[1].id)
            assert all(e.after == {"info": "avant", "sonnerie": 30} for e in undo.edits)
            assert [c.edit.number_id for c in undo.conflicts] == [numbers[1].id]
            assert undo.conflicts[0].fields == {"info": ("après", "changé ailleurs")}
            # without confirmation: the conflict is left alone
            undo_runner = ch.BulkRunner(undo.to_send(with_conflicts=False), call, journal=journal,
                                        kind=ch.KIND_UNDO, undo_of=runner.run_id)
            summary = await undo_runner.run()
            assert summary.succeeded == 3
            journal.mark_undone([cid for r in summary.results if r.ok for cid in r.edit.undoes], undo_runner.run_id)
            now = {n.id: n for n in await client.numbers()}
            assert [now[n.id].info for n in numbers] == ["avant", "changé ailleurs", "avant", "avant"]
            assert [now[n.id].sonnerie for n in numbers] == [30, 45, 30, 30]
            # undoing again: the three are already undone; the conflict can be confirmed
            records = journal.changes(run_id=runner.run_id)
            undo = ch.plan_undo(records, await ch.current_for(call, records))
            assert sorted(reason for _, reason in undo.impossible) == [ch._undo.ALREADY_UNDONE] * 3
            assert undo.edits == [] and len(undo.conflicts) == 1
            summary = await ch.BulkRunner(undo.to_send(with_conflicts=True), call, journal=journal,
                                          kind=ch.KIND_UNDO).run()
            assert summary.succeeded == 1
            now = {n.id: n for n in await client.numbers()}
            assert (now[numbers[1].id].info, now[numbers[1].id].sonnerie) == ("avant", 30)

    asyncio.run(main())


def test_unknown_old_values_are_not_reverted():
    rec = ch.ChangeRecord(1, 1, 0, "edit", 7, "33187224465", before={"info": "a"},
                          after={"info": "b", "sonnerie": 40}, status="done", code=None, message=None,
                          field=None, attempts=1, sent_at=None, answered_at=None)
    number = Number(id=7, numero="33187224465", info="b", sonnerie=40, fields_sent=frozenset({"info", "sonnerie"}))
    undo = ch.plan_undo([rec], {7: number})
    assert [e.after for e in undo.edits] == [{"info": "a"}]
    assert undo.partial == [(rec, ["sonnerie"])]
    added = ch.ChangeRecord(2, 2, 0, "add", 8, "33187224466", {}, {"numero": "33187224466"}, "done", None, None,
                            None, 1, None, None)
    assert ch.plan_undo([added], {}).impossible == [(added, ch._undo.ADDED)]


def test_warnings_on_risky_changes():
    n = Number(id=1, numero="33187224465", etat=True, active_appel_entrant=True, type_repondeur="Rep",
               fields_sent=frozenset({"etat", "active_appel_entrant", "type_repondeur", "num_renvoi"}))
    edit = ch.plan_edit(n, {"etat": False, "active_appel_entrant": False, "num_renvoi": "33000000000"})
    assert sorted(w.kind for w in edit.warnings) == sorted([ch.DEACTIVATED, ch.INBOUND_OFF, ch.INVALID_FORWARD])
    edit = ch.plan_edit(n, {"type_repondeur": "Ren"})
    assert [w.kind for w in edit.warnings] == [ch.FORWARD_WITHOUT_NUMBER]
    assert ch.plan_edit(n, {"etat": True}) is None  # nothing changes: nothing sent
