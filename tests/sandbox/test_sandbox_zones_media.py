"""Zones, media listings, and the audio served at each media's URL."""

from __future__ import annotations

import re

import httpx
import pytest

ZONES = {
    "fr_01": ("Île-de-France", "01"),
    "fr_02": ("Nord-Ouest", "02"),
    "fr_03": ("Nord-Est", "03"),
    "fr_04": ("Sud-Est", "04"),
    "fr_05": ("Sud-Ouest", "05"),
}
TYPE_NAMES = {
    "R": "Repondeur",
    "ME": "Message Enregistrement",
    "PB": "play-back",
    "MI": "Message introduction",
    "MA": "Musique Attente",
}


def repair(url: str) -> str:
    """What the contract asks a client to do with a backslashed URL."""
    url = url.replace("\\", "/")
    return re.sub(r"^(https?):/+", r"\1://", url)


def test_all_zones(api, token):
    zones = api.rows("/api/getallzone", token)
    assert [zone["code"] for zone in zones] == list(ZONES)
    for zone in zones:
        assert set(zone) == {"id", "code", "pays", "nom", "prefix", "type", "etat"}
        assert (zone["nom"], zone["prefix"]) == ZONES[zone["code"]]
        assert zone["pays"] == "France" and zone["etat"] == "Actif" and isinstance(zone["id"], int)
    assert api.rows("/api/getallzone", token, method="GET") == zones
    assert api.rows("/api/getallzone", token, json={"code": "fr_01", "anything": [1]}) == zones  # ignored


@pytest.mark.parametrize(
    "shape",
    [
        {"json": {"code": "fr_03"}},
        {"json": {"code": "FR_03"}},
        {"data": {"code": "Fr_03"}},
        {"data": {"metadata[code]": "fr_03"}},
        {"json": {"metadata": {"code": "fr_03"}}},
        {"method": "GET", "params": {"code": "fr_03"}},
        {"method": "GET", "params": {"metadata[code]": "FR_03"}},
    ],
)
def test_one_zone(api, token, shape):
    zones = api.rows("/api/getallbyzone", token, **shape)
    assert [(z["code"], z["nom"]) for z in zones] == [("fr_03", "Nord-Est")]


@pytest.mark.parametrize("code", [None, "", "fr_06", "fr01", "fr_1", 1, ["fr_01"], {"x": "fr_01"}, True])
def test_one_zone_errors(api, token, code):
    api.ko("/api/getallbyzone", token, "0308", json={} if code is None else {"code": code})


def test_media_listing(api, token):
    media = api.rows("/mediapi/getlistmedia", token)
    assert len(media) == 9
    assert {m["type"] for m in media} == set(TYPE_NAMES)
    for item in media:
        assert set(item) == {"id", "nom", "url", "type", "typeName", "entreprise", "info", "etat"}
        assert item["typeName"] == TYPE_NAMES[item["type"]]
        assert item["entreprise"] == "6" and item["etat"] in ("Actif", "Inactif")
        assert item["id"].isdigit()
    assert {m["id"] for m in media if m["etat"] == "Inactif"} == {"234", "235"}
    # Some URLs are written as the reference writes them, with backslashes.
    assert any("\\" in m["url"] for m in media) and any("\\" not in m["url"] for m in media)
    assert media[0]["nom"] == "Message introduction CliQéo" and media[0]["type"] == "MI"


@pytest.mark.parametrize(
    ("shape", "ids"),
    [
        ({"json": {"type": "MA"}}, {"231", "234"}),
        ({"json": {"type": "ma", "etat": True}}, {"231"}),
        ({"data": {"metadata[type]": "MA", "metadata[etat]": "false"}}, {"234"}),
        ({"json": {"etat": "0"}}, {"234", "235"}),
        ({"json": {"etat": 0}}, {"234", "235"}),
        ({"json": {"nom": "cliqéo"}}, {"228", "229", "230"}),
        ({"json": {"nom": "CLIQÉO", "type": "R"}}, {"229"}),
        ({"json": {"nom": "répondeur"}}, {"229", "233"}),
        ({"json": {"nom": "nothing like it"}}, set()),
        ({"json": {"etat": "", "type": "", "nom": ""}}, {str(i) for i in range(228, 237)}),
        ({"json": {"etat": None, "type": None}}, {str(i) for i in range(228, 237)}),
        ({"method": "GET", "params": {"metadata[type]": "PB"}}, {"232", "236"}),
    ],
)
def test_media_filters(api, token, shape, ids):
    assert {m["id"] for m in api.rows("/mediapi/getlistmedia", token, **shape)} == ids


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"etat": "yes"}, "0201"),
        ({"etat": 2}, "0201"),
        ({"etat": [True]}, "0201"),
        ({"type": "XX"}, "0202"),
        ({"type": 1}, "0202"),
        ({"type": "MA", "etat": "maybe"}, "0201"),  # etat is checked first
    ],
)
def test_media_errors(api, token, params, code):
    api.ko("/mediapi/getlistmedia", token, code, json=params)


def test_media_of_each_company_only(api, token, demo_token):
    mine = {m["id"] for m in api.rows("/mediapi/getlistmedia", token)}
    theirs = api.rows("/mediapi/getlistmedia", demo_token)
    assert {m["id"] for m in theirs} == {"240", "241", "242", "243", "244"}
    assert not mine & {m["id"] for m in theirs}
    assert {m["entreprise"] for m in theirs} == {"9"}


def test_every_media_url_serves_playable_audio_without_token(api, token, demo_token):
    media = api.rows("/mediapi/getlistmedia", token) + api.rows("/mediapi/getlistmedia", demo_token)
    kinds = set()
    with httpx.Client(timeout=10) as anonymous:  # no token, no cookie: a public asset
        for item in media:
            url = repair(item["url"])
            assert url.startswith(api.server.base_url + "/media/")
            key = url.split("/")[-2]
            assert re.fullmatch(r"[0-9a-f]{32}", key)  # the random, unguessable part
            response = anonymous.get(url)
            assert response.status_code == 200, url
            data = response.content
            if url.endswith(".mp3"):
                assert response.headers["content-type"] == "audio/mpeg"
                assert data[:3] == b"ID3" or (data[0] == 0xFF and data[1] & 0xE0 == 0xE0)
                kinds.add("mp3")
            else:
                assert response.headers["content-type"] == "audio/wav"
                assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
                kinds.add("wav")
            assert 5_000 < len(data) < 600_000
    assert kinds == {"mp3", "wav"}


def test_audio_ranges_and_unknown_keys(api, token):
    url = repair(api.rows("/mediapi/getlistmedia", token, json={"type": "MA", "etat": True})[0]["url"])
    with httpx.Client(timeout=10) as http:
        whole = http.get(url).content
        part = http.get(url, headers={"range": "bytes=10-19"})
        assert part.status_code == 206 and part.content == whole[10:20]
        assert part.headers["content-range"] == f"bytes 10-19/{len(whole)}"
        assert http.get(url, headers={"range": "bytes=-5"}).content == whole[-5:]
        assert http.get(url, headers={"range": f"bytes={len(whole)}-"}).status_code == 416
        head = http.head(url)
        assert head.status_code == 200 and int(head.headers["content-length"]) == len(whole)
        assert http.post(url).status_code == 405
        key, name = url.split("/")[-2:]
        base = api.server.base_url
        for wrong in (
            f"/media/{'0' * 32}/{name}",
            f"/media/{key}/other.mp3",
            f"/media/{key}",
            f"/media/{key}/{name}/x",
        ):
            response = http.get(base + wrong)
            assert response.status_code == 404 and response.json()["codeErreur"] == "0404"
