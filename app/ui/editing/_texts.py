"""The words of the editing screens: field labels, tooltips, as-you-type messages, warnings.

Functions (not constants) so that the translations installed at start-up apply; every string is a
literal inside `QCoreApplication.translate(...)` so that pyside6-lupdate extracts it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import changes as ch


def labels() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "numero": tr("Editing", "Numéro"),
        "code": tr("Editing", "Zone"),
        "etat": tr("Editing", "Numéro actif"),
        "info": tr("Editing", "Informations"),
        "compagne": tr("Editing", "Campagne"),
        "nom_porteur": tr("Editing", "Nom"),
        "email_porteur": tr("Editing", "E-mail"),
        "type_repondeur": tr("Editing", "Quand on appelle"),
        "num_renvoi": tr("Editing", "Numéro de renvoi"),
        "type_renvoi": tr("Editing", "Type de renvoi"),
        "sonnerie": tr("Editing", "Durée de sonnerie"),
        "date_debut": tr("Editing", "Renvoi du"),
        "date_fin": tr("Editing", "au"),
        "hour_debut": tr("Editing", "Heure de début"),
        "hour_fin": tr("Editing", "Heure de fin"),
        "jours": tr("Editing", "Jours"),
        "active_appel_entrant": tr("Editing", "Appels entrants"),
        "active_appel_sortant": tr("Editing", "Appels sortants"),
        "activer_enregistrement": tr("Editing", "Enregistrer les appels"),
        "notification_email": tr("Editing", "Notification par e-mail"),
        "message_introduction": tr("Editing", "Message d'introduction"),
        "message_enregistrement": tr("Editing", "Message d'enregistrement"),
        "music_attente": tr("Editing", "Musique d'attente"),
        "playback": tr("Editing", "Playback"),
        "repondeur": tr("Editing", "Message du répondeur"),
        "telephon": tr("Editing", "Type de ligne"),
    }


def long_labels() -> dict[str, str]:
    """Labels that make sense out of their section (preview, history, import problems)."""
    tr = QCoreApplication.translate
    out = labels()
    out.update({
        "etat": tr("Editing", "État"),
        "nom_porteur": tr("Editing", "Nom du porteur"),
        "email_porteur": tr("Editing", "E-mail du porteur"),
        "type_repondeur": tr("Editing", "Mode (répondeur ou renvoi)"),
        "date_debut": tr("Editing", "Début du renvoi"),
        "date_fin": tr("Editing", "Fin du renvoi"),
        "activer_enregistrement": tr("Editing", "Enregistrement des appels"),
        "id": tr("Editing", "Identifiant"),
    })
    return out


def tooltips() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "numero": tr("Editing", "Le numéro de téléphone, tel que vous le composez (01 87 22 44 65) ou "
                                "au format international (+33 1 87 22 44 65)."),
        "code": tr("Editing", "La zone géographique du numéro (Île-de-France, Nord-Ouest…)."),
        "etat": tr("Editing", "Un numéro inactif ne reçoit plus d'appels."),
        "info": tr("Editing", "Une note libre sur ce numéro (255 caractères au plus)."),
        "compagne": tr("Editing", "La campagne à laquelle le numéro est rattaché (2 à 20 caractères). "
                                  "Laissez vide pour n'en avoir aucune."),
        "nom_porteur": tr("Editing", "La personne ou le service qui utilise ce numéro (100 caractères au plus)."),
        "email_porteur": tr("Editing", "L'adresse e-mail du porteur : elle reçoit les notifications."),
        "type_repondeur": tr("Editing", "Répondeur : l'appelant entend le message du répondeur.\n"
                                        "Renvoi : l'appel sonne sur le numéro de renvoi."),
        "num_renvoi": tr("Editing", "Le numéro vers lequel les appels sont renvoyés (mode « Renvoi »)."),
        "type_renvoi": tr("Editing", "Parallèle : tous les postes sonnent en même temps.\n"
                                     "Séquentiel : ils sonnent l'un après l'autre."),
        "sonnerie": tr("Editing", "Combien de secondes le téléphone sonne avant le répondeur (0 à 300)."),
        "date_debut": tr("Editing", "Premier jour du renvoi. Laissez vide pour un renvoi sans date de début."),
        "date_fin": tr("Editing", "Dernier jour du renvoi. Laissez vide pour un renvoi sans fin."),
        "hour_debut": tr("Editing", "À partir de quelle heure le numéro applique ce réglage."),
        "hour_fin": tr("Editing", "Jusqu'à quelle heure (après l'heure de début)."),
        "jours": tr("Editing", "Les jours où ce réglage s'applique."),
        "active_appel_entrant": tr("Editing", "Désactivé, le numéro ne peut plus être appelé."),
        "active_appel_sortant": tr("Editing", "Désactivé, on ne peut plus appeler depuis ce numéro."),
        "activer_enregistrement": tr("Editing", "Les conversations sont enregistrées (prévenez vos "
                                                "correspondants avec le message d'enregistrement)."),
        "notification_email": tr("Editing", "Un e-mail est envoyé au porteur à chaque message laissé."),
        "message_introduction": tr("Editing", "Le message que l'appelant entend en premier."),
        "message_enregistrement": tr("Editing", "Le message qui annonce que l'appel est enregistré."),
        "music_attente": tr("Editing", "La musique que l'appelant entend pendant l'attente."),
        "playback": tr("Editing", "Le message diffusé en boucle (playback)."),
        "repondeur": tr("Editing", "Le message d'accueil du répondeur."),
        "telephon": tr("Editing", "Téléphone ou fax (ne se choisit qu'à l'ajout)."),
    }


def rule_texts() -> dict[str, str]:
    """What is wrong with a value, at its field, as the user types."""
    tr = QCoreApplication.translate
    return {
        "numero": tr("Editing", "Un numéro compte de 8 à 15 chiffres."),
        "code": tr("Editing", "Choisissez une zone."),
        "etat": tr("Editing", "Choisissez actif ou inactif."),
        "info": tr("Editing", "255 caractères au plus."),
        "compagne": tr("Editing", "De 2 à 20 caractères (ou vide)."),
        "nom_porteur": tr("Editing", "100 caractères au plus."),
        "email_porteur": tr("Editing", "Adresse e-mail non valide (exemple : prenom.nom@societe.fr)."),
        "type_repondeur": tr("Editing", "Choisissez répondeur ou renvoi."),
        "num_renvoi": tr("Editing", "Un numéro de renvoi compte de 8 à 15 chiffres."),
        "type_renvoi": tr("Editing", "Choisissez parallèle ou séquentiel."),
        "sonnerie": tr("Editing", "Entre 0 et 300 secondes."),
        "hour_debut": tr("Editing", "Heure non valide."),
        "hour_fin": tr("Editing", "Heure non valide."),
        "jours": tr("Editing", "Cochez au moins un jour."),
        "date_debut": tr("Editing", "Date non valide."),
        "date_fin": tr("Editing", "Date non valide."),
        "active_appel_entrant": tr("Editing", "Choisissez oui ou non."),
        "active_appel_sortant": tr("Editing", "Choisissez oui ou non."),
        "activer_enregistrement": tr("Editing", "Choisissez oui ou non."),
        "notification_email": tr("Editing", "Choisissez oui ou non."),
        "message_introduction": tr("Editing", "Choisissez un message de la liste."),
        "message_enregistrement": tr("Editing", "Choisissez un message de la liste."),
        "music_attente": tr("Editing", "Choisissez une musique de la liste."),
        "playback": tr("Editing", "Choisissez un message de la liste."),
        "repondeur": tr("Editing", "Choisissez un message de la liste."),
    }


def required_text() -> str:
    return QCoreApplication.translate("Editing", "Obligatoire pour un nouveau numéro.")


def cannot_clear_text() -> str:
    return QCoreApplication.translate("Editing", "Ce champ ne peut pas être vidé.")


def hours_order_text() -> str:
    return QCoreApplication.translate("Editing", "L'heure de fin doit être après l'heure de début.")


def dates_order_text() -> str:
    return QCoreApplication.translate("Editing", "La date de fin ne peut pas précéder la date de début.")


def invalid_phone_hint() -> str:
    return QCoreApplication.translate("Editing", "Ce numéro n'existe pas dans le plan de numérotation : vérifiez-le.")


def choice_texts() -> dict[str, str]:
    return {"Rep": QCoreApplication.translate("Editing", "Répondeur"), "Ren": QCoreApplication.translate("Editing", "Renvoi d'appel"), "Par": QCoreApplication.translate("Editing", "Parallèle"),
            "Seq": QCoreApplication.translate("Editing", "Séquentiel")}


def day_texts() -> dict[str, str]:
    return {"Lu": QCoreApplication.translate("Editing", "Lu"), "Ma": QCoreApplication.translate("Editing", "Ma"), "Me": QCoreApplication.translate("Editing", "Me"), "Je": QCoreApplication.translate("Editing", "Je"), "Ve": QCoreApplication.translate("Editing", "Ve"),
            "Sa": QCoreApplication.translate("Editing", "Sa"), "Di": QCoreApplication.translate("Editing", "Di")}


def day_names() -> dict[str, str]:
    return {"Lu": QCoreApplication.translate("Editing", "lundi"), "Ma": QCoreApplication.translate("Editing", "mardi"), "Me": QCoreApplication.translate("Editing", "mercredi"), "Je": QCoreApplication.translate("Editing", "jeudi"),
            "Ve": QCoreApplication.translate("Editing", "vendredi"), "Sa": QCoreApplication.translate("Editing", "samedi"), "Di": QCoreApplication.translate("Editing", "dimanche")}


def warning_text(kind: str) -> str:
    return {
        ch.DEACTIVATED: QCoreApplication.translate("Editing", "Le numéro sera désactivé : il ne recevra plus d'appels."),
        ch.INBOUND_OFF: QCoreApplication.translate("Editing", "Les appels entrants seront coupés."),
        ch.INVALID_FORWARD: QCoreApplication.translate("Editing", "Le numéro de renvoi ne semble pas être un vrai numéro."),
        ch.FORWARD_WITHOUT_NUMBER: QCoreApplication.translate("Editing", "Mode renvoi sans numéro de renvoi : les appels n'aboutiront pas."),
        ch.HOURS_ORDER: QCoreApplication.translate("Editing", "L'heure de fin serait avant l'heure de début : le serveur refusera."),
        ch.DATES_ORDER: QCoreApplication.translate("Editing", "La fin du renvoi serait avant son début : le serveur refusera."),
    }.get(kind, kind)


def status_text(status: str) -> str:
    return {
        ch.DONE: QCoreApplication.translate("Editing", "Fait"),
        ch.REFUSED: QCoreApplication.translate("Editing", "Refusé"),
        ch.FAILED: QCoreApplication.translate("Editing", "Échec"),
        ch.SKIPPED: QCoreApplication.translate("Editing", "Non envoyé"),
        ch.PENDING: QCoreApplication.translate("Editing", "En attente"),
        ch.SENDING: QCoreApplication.translate("Editing", "Envoi…"),
    }.get(status, status)


def run_status_text(status: str) -> str:
    return {
        ch.RUNNING: QCoreApplication.translate("Editing", "inachevée"),
        ch.INTERRUPTED: QCoreApplication.translate("Editing", "interrompue"),
        ch.FINISHED: QCoreApplication.translate("Editing", "terminée"),
        ch.CANCELLED: QCoreApplication.translate("Editing", "annulée"),
        ch.DROPPED: QCoreApplication.translate("Editing", "abandonnée"),
    }.get(status, status)


def kind_text(kind: str) -> str:
    return {
        ch.KIND_EDIT: QCoreApplication.translate("Editing", "Modification"),
        ch.KIND_ADD: QCoreApplication.translate("Editing", "Ajout"),
        ch.KIND_BULK: QCoreApplication.translate("Editing", "Modification groupée"),
        ch.KIND_IMPORT: QCoreApplication.translate("Editing", "Import"),
        ch.KIND_UNDO: QCoreApplication.translate("Editing", "Annulation"),
    }.get(kind, kind)


def unchanged_text() -> str:
    return QCoreApplication.translate("Editing", "inchangé")


def keep_text() -> str:
    return QCoreApplication.translate("Editing", "ne pas modifier")


def differ_text() -> str:
    return QCoreApplication.translate("Editing", "valeurs différentes")


def none_text() -> str:
    return QCoreApplication.translate("Editing", "aucun")


def empty_text() -> str:
    return QCoreApplication.translate("Editing", "(vide)")


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("Editing", "oui") if value else QCoreApplication.translate("Editing", "non")


def error_reason(code: str | None, field: str | None, message: str | None) -> str:
    """A refusal as the user reads it: the field's rule, else the code's text, else the server's words."""
    from app.api import ValidationError
    from app.ui._errors import describe_error

    if field and field in rule_texts() and field not in ("hour_debut", "hour_fin", "date_debut", "date_fin"):
        base = rule_texts()[field]
        if code == "0304":
            return QCoreApplication.translate("Editing", "Ce numéro existe déjà (il appartient à un autre numéro ou à un autre client).")
        if field in ch.MEDIA_SLOTS:
            return QCoreApplication.translate("Editing", "Ce média n'existe pas, est inactif ou n'est pas du bon type.")
        return label_colon(long_labels().get(field, field), base)
    if field in ("hour_debut", "hour_fin"):
        return hours_order_text() if code == "0325" else rule_texts()[field]
    if field in ("date_debut", "date_fin"):
        return dates_order_text() if code == "0327" else rule_texts()[field]
    if code is None and not field:
        return message or QCoreApplication.translate("Editing", "Pas de réponse du serveur.")
    exc = ValidationError(message or "", code=code, field=field)
    return describe_error(exc).text.split("\n", 1)[0]


def label_colon(label: str, text: str) -> str:
    """« Label : text », with French typography (space before the colon) only in French."""
    return QCoreApplication.translate("Editing", "%1 : %2").replace("%1", label).replace("%2", text)
