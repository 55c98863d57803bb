"""The bulk runner against a real sandbox: concurrency, refusals, retry, cancel, token expiry, journal."""

from __future__ import annotations

import asyncio
import datetime as dt

from app import changes as ch
from app.api import CliqphoneClient, NumberChanges

from .conftest import add_numbers, raw_call, relogin_call


def test_bulk_50_with_one_refused_then_retry(sandbox, journal):
    async def main():
        async with CliqphoneClient(sandbox.base_url) as client:
            await client.login("test0123", "test0123")
            numbers = await add_numbers(client, 50, hour_debut="08:00", hour_fin="19:00")
            # one number starts late: setting its end to 17:00 is refused by the server (0325)
            odd = numbers[17]
            await client.edit_number(odd.id, NumberChanges(hour_fin="20:00", hour_debut="18:00"))
            numbers = [n for n in await client.numbers() if n.id in {x.id for x in numbers}]
            plan = ch.plan_bulk(numbers, {"hour_fin": "17:00", "num_renvoi": "33612345678"})
            assert len(plan.edits) == 50
            odd_edit = next(e for e in plan.edits if e.number_id == odd.id)
            assert ch.HOURS_ORDER in [w.kind for w in odd_edit.warnings]
            in_flight_max = 0
            seen = []

            def on_progress(p):
                nonlocal in_flight_max
                in_flight_max = max(in_flight_max, p.in_flight)
                seen.append(p.answered)

            runner = ch.BulkRunner(plan.edits, raw_call(client), journal=journal, concurrency=8,
                                   user="test0123", server="sb", on_progress=on_progress)
            summary = await runner.run()
            assert (summary.state, summary.succeeded, summary.refused, summary.failed) == ("finished", 49, 1, 0)
            failed = runner.failed_results()
            assert [r.edit.number_id for r in failed] == [odd.id]
            assert failed[0].code == "0325" and failed[0].field in ("hour_fin", "hour_debut")
            assert 1 < in_flight_max <= 8
            assert seen[-1] == 50
            # the server holds the new values
            now = {n.id: n for n in await client.numbers() if n.id in {x.id for x in numbers}}
            assert now[numbers[0].id].hour_fin == dt.time(17, 0)
            assert now[odd.id].hour_fin == dt.time(20, 0)
            # fix the odd one, retry failures only: one request
            await client.edit_number(odd.id, NumberChanges(hour_debut="08:00"))
            sent_before = {r.id: r.attempts for r in journal.changes(run_id=runner.run_id)}
            summary = await runner.retry_failures()
            assert (summary.succeeded, summary.refused) == (50, 0)
            attempts = {r.id: r.attempts for r in journal.changes(run_id=runner.run_id)}
            changed = [cid for cid in attempts if attempts[cid] != sent_before[cid]]
            assert changed == [odd_edit.change_id]
            now = {n.id: n for n in await client.numbers(numero=odd.numero)}
            assert now[odd.id].hour_fin == dt.time(17, 0)

    asyncio.run(main())


def test_journal_contents(sandbox, journal):
    async def main():
        async with CliqphoneClient(sandbox.base_url) as client:
            await client.login("test0123", "test0123")
            numbers = await add_numbers(client, 3, etat=True, sonnerie=25)
            plan = ch.plan_bulk(numbers, {"etat": False, "sonnerie": 25, "info": "maintenance"})
            runner = ch.BulkRunner(plan.edits, raw_call(client), journal=journal, user="test0123",
                                   server="http://sb", description="3 numéros")
            await runner.run()
            run = journal.run(runner.run_id)
            assert (run.kind, run.user, run.server, run.status) == ("bulk", "test0123", "http://sb", "finished")
            assert run.counts == {"done": 3}
            records = journal.changes(run_id=runner.run_id)
            assert [r.numero for r in records] == [n.numero for n in numbers]
            for rec, n in zip(records, numbers, strict=True):
                # sonnerie already 25: not sent; before values are the server's
                assert rec.after == {"etat": False, "info": "maintenance"}
                assert rec.before == {"etat": True, "info": n.info}
                assert rec.status == "done" and rec.attempts == 1 and rec.sent_at and rec.answered_at
                assert rec.number_id == n.id
            assert journal.changes(numero=numbers[1].numero[-6:])[0].numero == numbers[1].numero

    asyncio.run(main())


def test_cancel_mid_run(sandbox, journal):
    async def main():
        async with CliqphoneClient(sandbox.base_url) as client:
            await client.login("test0123", "test0123")
            numbers = await add_numbers(client, 40)
            plan = ch.plan_bulk(numbers, {"info": "annulation"})
            runner: ch.BulkRunner

            answers = []

            def on_result(r):
                answers.append(r)  # results may grow by more than one between two callbacks
                if len(answers) == 10:
                    runner.cancel()

            runner = ch.BulkRunner(plan.edits, raw_call(client), journal=journal, concurrency=4,
                                   on_result=on_result)
            summary = await runner.run()
            assert summary.state == "cancelled"
            # in-flight edits finished (at most 4 - 1 after the 10th), nothing new was sent
            assert 10 <= summary.succeeded <= 13
            assert summary.succeeded + summary.skipped == 40
            statuses = [r.status for r in journal.changes(run_id=runner.run_id)]
            assert statuses.count("done") == summary.succeeded
            assert statuses.count("skipped") == summary.skipped
            assert journal.run(runner.run_id).status == "cancelled"
            server = {n.id: n.info for n in await client.numbers() if n.id in {x.id for x in numbers}}
            assert sum(1 for v in server.values() if v == "annulation") == summary.succeeded

    asyncio.run(main())


def test_token_expiry_pauses_once_and_resumes(make_sandbox, journal):
    sb = make_sandbox()

    async def main():
        async with CliqphoneClient(sb.base_url) as client:
            await client.login("test0123", "test0123")
            numbers = (await client.numbers())[:60]
            plan = ch.plan_bulk(numbers, {"info": "après expiration"})
            logins: list[int] = []
            pauses: list[bool] = []
            runner: ch.BulkRunner

            answers = []

            def on_result(r):
                answers.append(r)
                if len(answers) == 20:
                    sb.expire_all_tokens()

            runner = ch.BulkRunner(plan.edits, relogin_call(client, counter=logins), journal=journal,
                                   concurrency=8, on_result=on_result, on_paused=pauses.append)
            summary = await runner.run()
            assert (summary.state, summary.succeeded, summary.failed, summary.refused) == ("finished", 60, 0, 0)
            assert len(logins) == 1  # one re-login for all the edits in flight
            assert runner.pause_count == 1 and pauses[:1] == [True] and pauses[-1] is False
            infos = {n.id: n.info for n in await client.numbers()}
            assert all(infos[n.id] == "après expiration" for n in numbers)

    asyncio.run(main())


def test_token_expiry_without_relogin_interrupts_then_resumes(make_sandbox, journal):
    sb = make_sandbox()

    async def main():
        async with CliqphoneClient(sb.base_url) as client:
            await client.login("test0123", "test0123")
            numbers = (await client.numbers())[:30]
            plan = ch.plan_bulk(numbers, {"info": "reprise"})
            runner: ch.BulkRunner

            answers = []

            def on_result(r):
                answers.append(r)
                if len(answers) == 10:
                    sb.expire_all_tokens()

            runner = ch.BulkRunner(plan.edits, raw_call(client), journal=journal, concurrency=4,
                                   on_result=on_result)
            summary = await runner.run()
            assert summary.state == "interrupted"
            assert summary.failed == summary.refused == 0
            assert 10 <= summary.succeeded < 30 and summary.pending == 30 - summary.succeeded
            assert journal.run(runner.run_id).status == "interrupted"
            assert [r.id for r in journal.unfinished_runs()] == [runner.run_id]
            # the journal alone is enough to resume (as after a crash)
            await client.login("test0123", "test0123")
            again = ch.runner_from_journal(journal, runner.run_id, raw_call(client))
            assert len(again.results) == summary.succeeded
            summary = await again.run()
            assert (summary.state, summary.succeeded) == ("finished", 30)
            assert journal.unfinished_runs() == []

    asyncio.run(main())


def test_an_add_sent_before_a_crash_is_not_refused_on_resume(sandbox, journal):
    """The add went through but the crash lost the answer: resuming finds the number, not a 0304."""
    from .conftest import unique_numero

    async def main():
        async with CliqphoneClient(sandbox.base_url) as client:
            await client.login("test0123", "test0123")
            numero = unique_numero()
            edit = ch.plan_add({"numero": numero, "code": "fr_02", "info": "ajout"})
            run_id, (change_id,) = journal.start_run(kind="add", user="u", server="s", description="",
                                                      changes=[(edit.op, None, numero, {}, edit.after)])
            journal.mark_sending(change_id)
            await client.add_number(NumberChanges(numero=numero, code="fr_02", info="ajout"))  # then "crash"
            runner = ch.runner_from_journal(journal, run_id, raw_call(client))
            summary = await runner.run()
            assert (summary.succeeded, summary.refused) == (1, 0)
            (rec,) = journal.changes(run_id=run_id)
            assert rec.status == "done" and rec.number_id == (await client.numbers(numero=numero))[0].id

    asyncio.run(main())
