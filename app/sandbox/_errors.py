"""The sandbox's error answers: `Ko`, raised anywhere while answering, and the message of each code."""

from __future__ import annotations

#: `messageErreur` for each code, worded as the reference words them where it does (its wording is
#: English-ish and inconsistent; clients show the French meaning from the contract's table instead).
MESSAGES: dict[str, str] = {
    "0001": "compte user inactif",
    "0002": "login ou mdp invalide",
    "0003": "invalid token",
    "0004": "token expired",
    "0201": "invalid etat",
    "0202": "invalid type",
    "0301": "invalid etat",
    "0302": "invalid type",
    "0303": "invalid telephon",
    "0304": "invalid Numero existe déjà",
    "0305": "invalid Numero",
    "0306": "invalid compagne",
    "0307": "invalid zone",
    "0308": "invalid porteur",
    "0309": "invalid type repondeur",
    "0310": "invalid Zone",
    "0311": "invalid etat appel entrant",
    "0312": "invalid etat appel sortant",
    "0313": "invalid type renvoi",
    "0315": "invalid etat appel notif email",
    "0316": "invalid Musique playback",
    "0317": "invalid Musique Attente",
    "0318": "invalid etat appel enregistrement",
    "0319": "invalid numero",
    "0320": "invalid id",
    "0321": "invalid info",
    "0322": "invalid email porteur",
    "0324": "invalid sonnerie",
    "0325": "invalid horaire",
    "0326": "invalid jours",
    "0327": "invalid date",
    "0328": "invalid message introduction",
    "0329": "invalid message enregistrement",
    "0400": "requête invalide",
    "0404": "chemin inconnu",
    "0405": "méthode non autorisée",
    "0500": "erreur interne du bac à sable",
}


class Ko(Exception):
    """A failure answered as ``{"state": "ko", "codeErreur": code, "messageErreur": message}``.

    `status` is the HTTP status: 200 for business errors (as the reference implies), 4xx for the
    sandbox's transport-level codes (0400, 0404, 0405).
    """

    def __init__(self, code: str, message: str | None = None, *, status: int = 200) -> None:
        self.code = code
        self.message = message if message is not None else MESSAGES.get(code, "erreur")
        self.status = status
        super().__init__(f"{code} {self.message}")

    def body(self) -> dict[str, str]:
        return {"state": "ko", "codeErreur": self.code, "messageErreur": self.message}
