"""The reference's curl forms, sent by the real `curl`."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

pytestmark = pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")


def curl(*args: str):
    done = subprocess.run(
        ["curl", "-sS", "--max-time", "20", *args], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def curl_token(sandbox):
    # As the reference writes it: curl .../api/auto -d login=... -d pwd=...
    body = curl(f"{sandbox.base_url}/api/auto", "-d", "login=test0123", "-d", "pwd=test0123")
    assert body["state"] == "ok" and body["codeErreur"] == "0000"
    return body["token"]


def test_login_errors_with_curl(sandbox):
    assert (
        curl(f"{sandbox.base_url}/api/auto", "-d", "login=test0123", "-d", "pwd=nope")["codeErreur"] == "0002"
    )
    assert (
        curl(f"{sandbox.base_url}/api/auto", "-d", "login=inactif01", "-d", "pwd=inactif01")["codeErreur"]
        == "0001"
    )


def test_zones_with_the_token_header(sandbox, curl_token):
    zones = curl(f"{sandbox.base_url}/api/getallzone", "-H", f"token: {curl_token}")  # a GET, as curl sends
    assert [z["code"] for z in zones] == ["fr_01", "fr_02", "fr_03", "fr_04", "fr_05"]
    assert curl(f"{sandbox.base_url}/api/getallzone", "-X", "POST", "-H", f"token: {curl_token}") == zones


def test_metadata_fields(sandbox, curl_token):
    base, header = sandbox.base_url, f"token: {curl_token}"
    zone = curl(f"{base}/api/getallbyzone", "-H", header, "-d", "metadata[code]=fr_01")
    assert zone[0]["nom"] == "Île-de-France"
    # The reference's quoting, "metadata[code]"="fr_01", which the shell turns into the same thing.
    numbers = curl(f"{base}/numeroapi/getlistnumerodispobyzone", "-H", header, "-d", "metadata[code]=fr_01",
                   "-d", "metadata[numero]=")  # fmt: skip
    assert numbers and {n["code"] for n in numbers} == {"fr_01"}
    listed = curl(f"{base}/numeroapi/getlistnumerodispo", "-H", header, "-d", "metadata[code]=fr_01",
                  "-d", "metadata[etat]=", "-d", "metadata[type]=", "-d", "metadata[numero]=",
                  "-d", "metadata[compagne]=", "-d", "metadata[porteur]=")  # fmt: skip
    assert {n["id"] for n in listed} == {n["id"] for n in numbers}
    media = curl(f"{base}/mediapi/getlistmedia", "-H", header, "-d", "metadata[etat]=", "-d", "metadata[type]=MI",
                 "-d", "metadata[nom]=")  # fmt: skip
    assert {m["type"] for m in media} == {"MI"}
    assert (
        curl(f"{base}/api/getallbyzone", "-H", header, "-d", "metadata[code]=fr_09")["codeErreur"] == "0308"
    )


def test_get_with_query_parameters(sandbox, curl_token):
    zone = curl("-G", f"{sandbox.base_url}/api/getallbyzone", "-H", f"token: {curl_token}",
                "--data-urlencode", "metadata[code]=FR_02")  # fmt: skip
    assert zone[0]["code"] == "fr_02"


def test_json_bodies(sandbox, curl_token, new_numero):
    base, header = sandbox.base_url, f"token: {curl_token}"
    numero = new_numero()
    body = {"numero": numero, "musicAattente": "", "etat": True, "code": "fr_01", "activeAppelEntrant": True}
    added = curl(f"{base}/numeroapi/addNumero", "-H", header, "-H", "Content-Type: application/json",
                 "-d", json.dumps(body))  # fmt: skip
    assert added["state"] == "ok" and added["codeErreur"] == "0300"
    edited = curl(f"{base}/numeroapi/editnumero/{added['id']}", "-H", header, "-H", "Content-Type: application/json",
                  "-d", json.dumps({"info": "par curl", "etat": False}))  # fmt: skip
    assert edited == {"state": "ok", "codeErreur": "0300", "messageErreur": "", "id": added["id"]}
    # JSON without a content type (curl then says it is a form): read as JSON all the same.
    listed = curl(f"{base}/numeroapi/getlistnumerodispo", "-H", header, "-d", json.dumps({"numero": numero}))
    assert [(n["info"], n["etat"]) for n in listed] == [("par curl", "Inactif")]
    again = curl(f"{base}/numeroapi/addNumero", "-H", header, "-H", "Content-Type: application/json",
                 "-d", json.dumps(body))  # fmt: skip
    assert again["codeErreur"] == "0304"


def test_token_in_the_body(sandbox, curl_token):
    zones = curl(f"{sandbox.base_url}/api/getallzone", "-d", f"token={curl_token}")
    assert len(zones) == 5
