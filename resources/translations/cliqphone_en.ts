<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../app/ui/_about.py" line="+19" />
            <source>À propos de Cliqphone Desk</source>
            <translation>About Cliqphone Desk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gérez vos numéros Cliqphone : zones, numéros, renvois, messages et musiques d'attente.</source>
            <translation>Manage your Cliqphone numbers: zones, numbers, forwarding, messages and hold music.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Serveur : %1</source>
            <translation>Server: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connecté en tant que : %1</source>
            <translation>Logged in as: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Journal : &lt;a href='%1'&gt;%2&lt;/a&gt;</source>
            <translation>Log: &lt;a href='%1'&gt;%2&lt;/a&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Python %1, Qt %2, PySide6 %3</source>
            <translation>Python %1, Qt %2, PySide6 %3</translation>
        </message>
    </context>
    <context>
        <name>BulkEditDialog</name>
        <message numerus="yes">
            <location filename="../../app/ui/editing/_dialogs.py" line="+231" />
            <source>Modifier %n numéro(s)</source>
            <translation>
                <numerusform>Edit %n number</numerusform>
                <numerusform>Edit %n numbers</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aperçu des modifications…</source>
            <translation>Preview the changes…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Voir ce qui va changer avant d'envoyer quoi que ce soit (Ctrl+S)</source>
            <translation>See what will change before sending anything (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../app/ui/editing/_widgets.py" line="+160" />
            <source>Choisir une date</source>
            <translation>Choose a date</translation>
        </message>
    </context>
    <context>
        <name>DaysEdit</name>
        <message>
            <location line="+25" />
            <source>Tous les jours</source>
            <translation>Every day</translation>
        </message>
    </context>
    <context>
        <name>Editing</name>
        <message>
            <location filename="../../app/ui/editing/_io.py" line="+89" />
            <source>%1 ligne(s) exportée(s) vers %2</source>
            <translation>%1 row(s) exported to %2</translation>
        </message>
        <message numerus="yes">
            <source>%n modification(s) n'ont pas été envoyées ou n'ont pas reçu de réponse (sur %1). Voulez-vous reprendre l'envoi ?</source>
            <translation>
                <numerusform>%n change was not sent or got no answer (out of %1). Do you want to resume sending?</numerusform>
                <numerusform>%n changes were not sent or got no answer (out of %1). Do you want to resume sending?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n modification(s) à envoyer, %1 à la fois.</source>
            <translation>
                <numerusform>%n change to send, %1 at a time.</numerusform>
                <numerusform>%n changes to send, %1 at a time.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n numéro(s)</source>
            <translation>
                <numerusform>%n number</numerusform>
                <numerusform>%n numbers</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/__init__.py" line="+71" />
            <source>&amp;Exporter…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location line="-3" />
            <source>&amp;Historique</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Importer des modifications…</source>
            <translation>&amp;Import changes…</translation>
        </message>
        <message>
            <location line="-13" />
            <source>&amp;Modifier…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Nouveau numéro…</source>
            <translation>&amp;New number…</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="+100" />
            <source>(vide)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>100 caractères au plus.</source>
            <translation>100 characters at most.</translation>
        </message>
        <message>
            <source>255 caractères au plus.</source>
            <translation>255 characters at most.</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_flows.py" line="+149" />
            <source>Abandonner</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_display.py" line="+28" />
            <source>Actif</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Adresse e-mail non valide (exemple : prenom.nom@societe.fr).</source>
            <translation>Invalid e-mail address (example: first.last@company.com).</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="-24" />
            <source>Ajout</source>
            <translation>Addition</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/__init__.py" line="+1" />
            <source>Ajouter un numéro (Ctrl+N)</source>
            <translation>Add a number (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="+3" />
            <source>Annulation</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_flows.py" line="-56" />
            <source>Annulation des modifications</source>
            <translation>Undoing changes</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Annuler des modifications</source>
            <translation>Undo changes</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_run.py" line="+63" />
            <source>Annulé avant l'envoi</source>
            <extracomment>Semantic colour of each result (`_theme.semantic_color`: readable on the light and the dark theme).</extracomment>
            <translation>Cancelled before sending</translation>
        </message>
        <message>
            <source>Appels</source>
            <translation>Calls</translation>
        </message>
        <message>
            <source>Appels entrants</source>
            <translation>Incoming calls</translation>
        </message>
        <message>
            <source>Appels sortants</source>
            <translation>Outgoing calls</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/__init__.py" line="+15" />
            <source>Appliquer les modifications d'un fichier CSV ou Excel, après aperçu (Ctrl+I)</source>
            <translation>Apply the changes from a CSV or Excel file, after a preview (Ctrl+I)</translation>
        </message>
        <message>
            <source>Campagne</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="-68" />
            <source>Ce champ ne peut pas être vidé.</source>
            <translation>This field cannot be emptied.</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Ce média n'existe pas, est inactif ou n'est pas du bon type.</source>
            <translation>This media does not exist, is inactive or is not of the right type.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Ce numéro existe déjà (il appartient à un autre numéro ou à un autre client).</source>
            <translation>This number already exists (it belongs to another number or another customer).</translation>
        </message>
        <message>
            <source>Ce numéro figure déjà sur une ligne précédente : ligne ignorée.</source>
            <translation>This number is already on an earlier row: row ignored.</translation>
        </message>
        <message>
            <source>Ce numéro n'est plus dans la liste de votre société.</source>
            <translation>This number is no longer in your company's list.</translation>
        </message>
        <message>
            <location line="-92" />
            <source>Ce numéro n'existe pas dans le plan de numérotation : vérifiez-le.</source>
            <translation>This number does not exist in the numbering plan: check it.</translation>
        </message>
        <message>
            <source>Cette modification n'avait pas été appliquée.</source>
            <translation>This change had not been applied.</translation>
        </message>
        <message>
            <source>Choisissez actif ou inactif.</source>
            <translation>Choose active or inactive.</translation>
        </message>
        <message>
            <source>Choisissez oui ou non.</source>
            <translation>Choose yes or no.</translation>
        </message>
        <message>
            <source>Choisissez parallèle ou séquentiel.</source>
            <translation>Choose parallel or sequential.</translation>
        </message>
        <message>
            <source>Choisissez répondeur ou renvoi.</source>
            <translation>Choose voicemail or forwarding.</translation>
        </message>
        <message>
            <source>Choisissez un message de la liste.</source>
            <translation>Choose a message from the list.</translation>
        </message>
        <message>
            <source>Choisissez une musique de la liste.</source>
            <translation>Choose a music from the list.</translation>
        </message>
        <message>
            <source>Choisissez une zone.</source>
            <translation>Choose a zone.</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_io.py" line="-30" />
            <source>Classeur Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Cochez au moins un jour.</source>
            <translation>Tick at least one day.</translation>
        </message>
        <message>
            <source>Combien de secondes le téléphone sonne avant le répondeur (0 à 300).</source>
            <translation>How many seconds the phone rings before voicemail (0 to 300).</translation>
        </message>
        <message>
            <source>Date non valide.</source>
            <translation>Invalid date.</translation>
        </message>
        <message>
            <source>De 2 à 20 caractères (ou vide).</source>
            <translation>From 2 to 20 characters (or empty).</translation>
        </message>
        <message>
            <source>Dernier jour du renvoi. Laissez vide pour un renvoi sans fin.</source>
            <translation>Last day of forwarding. Leave empty for forwarding with no end.</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/__init__.py" line="+43" />
            <source>Des modifications sont en cours d'envoi. Attendez la fin ou cliquez sur « Annuler » dans la fenêtre d'envoi avant de quitter.</source>
            <translation>Changes are being sent. Wait until the end or click “Cancel” in the sending window before quitting.</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="+10" />
            <source>Di</source>
            <translation>Su</translation>
        </message>
        <message>
            <source>Durée de sonnerie</source>
            <translation>Ringing time</translation>
        </message>
        <message>
            <source>Début du renvoi</source>
            <translation>Forwarding start</translation>
        </message>
        <message>
            <source>Déjà annulée.</source>
            <translation>Already undone.</translation>
        </message>
        <message>
            <source>Désactivé, le numéro ne peut plus être appelé.</source>
            <translation>When off, the number can no longer be called.</translation>
        </message>
        <message>
            <source>Désactivé, on ne peut plus appeler depuis ce numéro.</source>
            <translation>When off, no calls can be made from this number.</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_run.py" line="+87" />
            <source>Détail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>E-mail du porteur</source>
            <translation>Holder's e-mail</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="+25" />
            <source>En attente</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Enregistrement des appels</source>
            <translation>Call recording</translation>
        </message>
        <message>
            <source>Enregistrer les appels</source>
            <translation>Record calls</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/__init__.py" line="-46" />
            <source>Enregistrer les lignes et colonnes affichées en CSV ou Excel (Ctrl+E)</source>
            <translation>Save the rows and columns shown as CSV or Excel (Ctrl+E)</translation>
        </message>
        <message>
            <source>Entre 0 et 300 secondes.</source>
            <translation>Between 0 and 300 seconds.</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_flows.py" line="-31" />
            <source>Envoi des modifications</source>
            <translation>Sending changes</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/__init__.py" line="+45" />
            <source>Envoi en cours</source>
            <translation>Sending</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="+1" />
            <source>Envoi…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_io.py" line="+4" />
            <source>Exporter les numéros</source>
            <translation>Export numbers</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="-5" />
            <source>Fait</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_display.py" line="+18" />
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_io.py" line="-4" />
            <source>Fichier CSV pour Excel (*.csv)</source>
            <translation>CSV file for Excel (*.csv)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fichiers CSV ou Excel (*.csv *.xlsx)</source>
            <translation>CSV or Excel files (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Fin du renvoi</source>
            <translation>Forwarding end</translation>
        </message>
        <message>
            <source>Général</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Heure de début</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>Heure de fin</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>Heure non valide.</source>
            <translation>Invalid time.</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/__init__.py" line="-40" />
            <source>Historique de ce numéro</source>
            <translation>History of this number</translation>
        </message>
        <message>
            <source>Horaires</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Identifiant</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="+24" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_flows.py" line="-1" />
            <source>Import des modifications</source>
            <translation>Importing changes</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_io.py" line="+2" />
            <source>Importer des modifications</source>
            <translation>Import changes</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Importer « %1 »</source>
            <translation>Import “%1”</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_display.py" line="-18" />
            <source>Inactif</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Informations</source>
            <translation>Information</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="-46" />
            <source>Je</source>
            <translation>Th</translation>
        </message>
        <message>
            <source>Jours</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Jusqu'à quelle heure (après l'heure de début).</source>
            <translation>Until what time (after the start time).</translation>
        </message>
        <message>
            <source>L'adresse e-mail du porteur : elle reçoit les notifications.</source>
            <translation>The holder's e-mail address: it receives the notifications.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>L'heure de fin doit être après l'heure de début.</source>
            <translation>The end time must be after the start time.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>L'heure de fin serait avant l'heure de début : le serveur refusera.</source>
            <translation>The end time would be before the start time: the server will refuse it.</translation>
        </message>
        <message>
            <source>La campagne à laquelle le numéro est rattaché (2 à 20 caractères). Laissez vide pour n'en avoir aucune.</source>
            <translation>The campaign the number belongs to (2 to 20 characters). Leave empty for none.</translation>
        </message>
        <message>
            <location line="-28" />
            <source>La date de fin ne peut pas précéder la date de début.</source>
            <translation>The end date cannot be before the start date.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>La fin du renvoi serait avant son début : le serveur refusera.</source>
            <translation>The forwarding would end before it starts: the server will refuse it.</translation>
        </message>
        <message>
            <source>La musique que l'appelant entend pendant l'attente.</source>
            <translation>The music the caller hears while waiting.</translation>
        </message>
        <message>
            <source>La personne ou le service qui utilise ce numéro (100 caractères au plus).</source>
            <translation>The person or department that uses this number (100 characters at most).</translation>
        </message>
        <message>
            <source>La zone géographique du numéro (Île-de-France, Nord-Ouest…).</source>
            <translation>The number's geographic zone (Île-de-France, North-West…).</translation>
        </message>
        <message>
            <source>Le fichier n'a ni colonne « Numéro » ni colonne « Id » : impossible de reconnaître les numéros.</source>
            <translation>The file has neither a “Number” column nor an “Id” column: the numbers cannot be recognised.</translation>
        </message>
        <message>
            <source>Le message d'accueil du répondeur.</source>
            <translation>The voicemail greeting.</translation>
        </message>
        <message>
            <source>Le message diffusé en boucle (playback).</source>
            <translation>The message played in a loop (playback).</translation>
        </message>
        <message>
            <source>Le message que l'appelant entend en premier.</source>
            <translation>The message the caller hears first.</translation>
        </message>
        <message>
            <source>Le message qui annonce que l'appel est enregistré.</source>
            <translation>The message announcing that the call is recorded.</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Le numéro de renvoi ne semble pas être un vrai numéro.</source>
            <translation>The forwarding number does not look like a real number.</translation>
        </message>
        <message>
            <source>Le numéro de téléphone, tel que vous le composez (01 87 22 44 65) ou au format international (+33 1 87 22 44 65).</source>
            <translation>The phone number, as you dial it (01 87 22 44 65) or in international format (+33 1 87 22 44 65).</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Le numéro sera désactivé : il ne recevra plus d'appels.</source>
            <translation>The number will be deactivated: it will no longer receive calls.</translation>
        </message>
        <message>
            <source>Le numéro vers lequel les appels sont renvoyés (mode « Renvoi »).</source>
            <translation>The number calls are forwarded to (“Forwarding” mode).</translation>
        </message>
        <message>
            <source>Le serveur a déjà les anciennes valeurs.</source>
            <translation>The server already has the old values.</translation>
        </message>
        <message>
            <source>Les anciennes valeurs n'étaient pas connues.</source>
            <translation>The old values were not known.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les appels entrants seront coupés.</source>
            <translation>Incoming calls will be cut off.</translation>
        </message>
        <message>
            <source>Les conversations sont enregistrées (prévenez vos correspondants avec le message d'enregistrement).</source>
            <translation>Conversations are recorded (warn your callers with the recording message).</translation>
        </message>
        <message>
            <source>Les jours où ce réglage s'applique.</source>
            <translation>The days this setting applies.</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/__init__.py" line="-8" />
            <source>Les modifications envoyées, et leur annulation (Ctrl+H)</source>
            <translation>The changes sent, and undoing them (Ctrl+H)</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="-12" />
            <source>Lu</source>
            <translation>Mo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ma</source>
            <translation>Tu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Me</source>
            <translation>We</translation>
        </message>
        <message>
            <source>Message d'enregistrement</source>
            <translation>Recording message</translation>
        </message>
        <message>
            <source>Message d'introduction</source>
            <translation>Introduction message</translation>
        </message>
        <message>
            <source>Message du répondeur</source>
            <translation>Voicemail message</translation>
        </message>
        <message>
            <source>Messages audio</source>
            <translation>Audio messages</translation>
        </message>
        <message>
            <source>Mode (répondeur ou renvoi)</source>
            <translation>Mode (voicemail or forwarding)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Mode renvoi sans numéro de renvoi : les appels n'aboutiront pas.</source>
            <translation>Forwarding mode without a forwarding number: calls will not get through.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Modification</source>
            <translation>Change</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modification groupée</source>
            <translation>Bulk edit</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_flows.py" line="+49" />
            <source>Modifications non terminées</source>
            <translation>Unfinished changes</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/__init__.py" line="-5" />
            <source>Modifier la &amp;sélection…</source>
            <translation>Edit the &amp;selection…</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Modifier le numéro sélectionné (Entrée ou double-clic)</source>
            <translation>Edit the selected number (Enter or double-click)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Modifier tous les numéros sélectionnés en une fois (Ctrl+Maj+M) ; sans sélection, tous les numéros affichés</source>
            <translation>Edit all the selected numbers at once (Ctrl+Shift+M); with no selection, all the numbers shown</translation>
        </message>
        <message>
            <source>Musique d'attente</source>
            <translation>Hold music</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Nom du porteur</source>
            <translation>Holder's name</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="-20" />
            <source>Non envoyé</source>
            <translation>Not sent</translation>
        </message>
        <message>
            <source>Notification par e-mail</source>
            <translation>E-mail notification</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_run.py" line="+0" />
            <source>Numéro</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Numéro actif</source>
            <translation>Number active</translation>
        </message>
        <message>
            <source>Numéro de renvoi</source>
            <translation>Forwarding number</translation>
        </message>
        <message>
            <source>Numéro inconnu : il n'est pas dans la liste de votre société.</source>
            <translation>Unknown number: it is not in your company's list.</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="-50" />
            <source>Obligatoire pour un nouveau numéro.</source>
            <translation>Required for a new number.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Parallèle</source>
            <translation>Parallel</translation>
        </message>
        <message>
            <source>Parallèle : tous les postes sonnent en même temps.
Séquentiel : ils sonnent l'un après l'autre.</source>
            <translation>Parallel: all phones ring at the same time.
Sequential: they ring one after the other.</translation>
        </message>
        <message>
            <location line="+97" />
            <source>Pas de réponse du serveur.</source>
            <translation>No answer from the server.</translation>
        </message>
        <message>
            <source>Playback</source>
            <translation>Playback</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_flows.py" line="+8" />
            <source>Plus tard</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Porteur</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Premier jour du renvoi. Laissez vide pour un renvoi sans date de début.</source>
            <translation>First day of forwarding. Leave empty for forwarding with no start date.</translation>
        </message>
        <message>
            <source>Quand on appelle</source>
            <translation>When someone calls</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="-69" />
            <source>Refusé</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Renvoi d'appel</source>
            <translation>Call forwarding</translation>
        </message>
        <message>
            <source>Renvoi du</source>
            <translation>Forwarding from</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_flows.py" line="-2" />
            <source>Reprendre</source>
            <translation>Resume</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Rien à annuler</source>
            <translation>Nothing to undo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rien à annuler.</source>
            <translation>Nothing to undo.</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="+0" />
            <source>Répondeur</source>
            <translation>Voicemail</translation>
        </message>
        <message>
            <source>Répondeur : l'appelant entend le message du répondeur.
Renvoi : l'appel sonne sur le numéro de renvoi.</source>
            <translation>Voicemail: the caller hears the voicemail message.
Forwarding: the call rings on the forwarding number.</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_run.py" line="+0" />
            <source>Résultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="+6" />
            <source>Sa</source>
            <translation>Sa</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Séquentiel</source>
            <translation>Sequential</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_display.py" line="+11" />
            <source>Tous les jours</source>
            <translation>Every day</translation>
        </message>
        <message>
            <source>Type de ligne</source>
            <translation>Line type</translation>
        </message>
        <message>
            <source>Type de renvoi</source>
            <translation>Forwarding type</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Téléphone ou fax (ne se choisit qu'à l'ajout).</source>
            <translation>Phone or fax (chosen only when adding).</translation>
        </message>
        <message>
            <source>Un ajout ne peut pas être annulé (l'API ne permet pas de supprimer un numéro).</source>
            <translation>An addition cannot be undone (the API cannot delete a number).</translation>
        </message>
        <message>
            <source>Un e-mail est envoyé au porteur à chaque message laissé.</source>
            <translation>An e-mail is sent to the holder for each message left.</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_flows.py" line="+25" />
            <source>Un envoi de modifications du %1 ne s'est pas terminé.</source>
            <translation>A sending of changes from %1 did not finish.</translation>
        </message>
        <message>
            <source>Un numéro compte de 8 à 15 chiffres.</source>
            <translation>A number has 8 to 15 digits.</translation>
        </message>
        <message>
            <source>Un numéro de renvoi compte de 8 à 15 chiffres.</source>
            <translation>A forwarding number has 8 to 15 digits.</translation>
        </message>
        <message>
            <source>Un numéro inactif ne reçoit plus d'appels.</source>
            <translation>An inactive number no longer receives calls.</translation>
        </message>
        <message>
            <source>Une note libre sur ce numéro (255 caractères au plus).</source>
            <translation>A free note about this number (255 characters at most).</translation>
        </message>
        <message>
            <source>Valeur refusée pour « %1 » : %2</source>
            <translation>Value refused for “%1”: %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="+4" />
            <source>Ve</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location line="+37" />
            <source>abandonnée</source>
            <translation>abandoned</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_flows.py" line="-17" />
            <source>annulation de l'envoi n°%1</source>
            <translation>undo of sending no. %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="-1" />
            <source>annulée</source>
            <translation>undone</translation>
        </message>
        <message>
            <source>au</source>
            <translation>to</translation>
        </message>
        <message>
            <location line="+28" />
            <source>aucun</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_run.py" line="+6" />
            <source>calcul du temps restant…</source>
            <translation>estimating the time left…</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="-58" />
            <source>dimanche</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_run.py" line="+5" />
            <source>environ %1 min</source>
            <translation>about %1 min</translation>
        </message>
        <message>
            <location line="-1" />
            <source>environ %1 s</source>
            <translation>about %1 s</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="+27" />
            <source>inachevée</source>
            <translation>unfinished</translation>
        </message>
        <message>
            <location line="+19" />
            <source>inchangé</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_display.py" line="-29" />
            <source>inconnu</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="-18" />
            <source>interrompue</source>
            <translation>interrupted</translation>
        </message>
        <message>
            <location line="-29" />
            <source>jeudi</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location line="+0" />
            <source>lundi</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location line="+0" />
            <source>mardi</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location line="+0" />
            <source>mercredi</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location line="+94" />
            <source>%1 : %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_run.py" line="-2" />
            <source>moins d'une seconde</source>
            <translation>less than a second</translation>
        </message>
        <message>
            <location filename="../../app/ui/editing/_texts.py" line="-43" />
            <source>ne pas modifier</source>
            <translation>leave unchanged</translation>
        </message>
        <message>
            <location line="+16" />
            <source>non</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+0" />
            <source>oui</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="-66" />
            <source>samedi</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location line="+29" />
            <source>terminée</source>
            <translation>finished</translation>
        </message>
        <message>
            <location line="+25" />
            <source>valeurs différentes</source>
            <translation>different values</translation>
        </message>
        <message>
            <location line="-54" />
            <source>vendredi</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>À partir de quelle heure le numéro applique ce réglage.</source>
            <translation>From what time the number applies this setting.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Échec</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>État</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <location filename="../../app/ui/_errors.py" line="+406" />
            <source>Réessayer</source>
            <extracomment>The error banner's background, border and text colours: light theme, dark theme.</extracomment>
            <translation>Retry</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+42" />
            <source>Copier les détails</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <location line="-41" />
            <source>Copie les détails techniques pour le support</source>
            <translation>Copies the technical details for support</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Masquer ce message</source>
            <translation>Hide this message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Masquer le message d'erreur</source>
            <translation>Hide the error message</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Erreur</source>
            <translation>Error</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Détails copiés</source>
            <translation>Details copied</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location line="-112" />
            <source>Copier les détails</source>
            <extracomment>"error" for failures, "info" for things that are not failures (nothing matches a filter).</extracomment>
            <translation>Copy details</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copie les détails techniques pour le support</source>
            <translation>Copies the technical details for support</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Détails copiés</source>
            <translation>Details copied</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Appels entrants</source>
            <translation>Incoming calls</translation>
        </message>
        <message>
            <source>Appels sortants</source>
            <translation>Outgoing calls</translation>
        </message>
        <message>
            <source>Aucun numéro de votre société ne contient ces chiffres.</source>
            <translation>No number of your company contains these digits.</translation>
        </message>
        <message>
            <source>Aucun numéro n'a ce porteur.</source>
            <translation>No number has this holder.</translation>
        </message>
        <message>
            <source>Aucun numéro n'appartient à cette campagne.</source>
            <translation>No number belongs to this campaign.</translation>
        </message>
        <message>
            <source>Aucun numéro ne correspond à ce filtre.</source>
            <translation>No number matches this filter.</translation>
        </message>
        <message>
            <source>Aucun résultat</source>
            <translation>No results</translation>
        </message>
        <message>
            <source>Campagne</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <source>Ce compte API est inactif.</source>
            <translation>This API account is inactive.</translation>
        </message>
        <message>
            <source>Ce compte API est inactif.
Demandez à l'administrateur de votre compte Cliqphone de l'activer, ou utilisez un autre compte.</source>
            <translation>This API account is inactive.
Ask the administrator of your Cliqphone account to activate it, or use another account.</translation>
        </message>
        <message>
            <source>Ce message d'enregistrement n'existe pas, est inactif ou n'est pas du bon type.</source>
            <translation>This recording message does not exist, is inactive or is not of the right type.</translation>
        </message>
        <message>
            <source>Ce message d'introduction n'existe pas, est inactif ou n'est pas du bon type.</source>
            <translation>This introduction message does not exist, is inactive or is not of the right type.</translation>
        </message>
        <message>
            <source>Ce message de répondeur n'existe pas, est inactif ou n'est pas du bon type.</source>
            <translation>This voicemail message does not exist, is inactive or is not of the right type.</translation>
        </message>
        <message>
            <source>Ce numéro existe déjà (il appartient à un autre numéro ou à un autre client).</source>
            <translation>This number already exists (it belongs to another number or another customer).</translation>
        </message>
        <message>
            <source>Ce numéro n'existe pas ou n'appartient pas à votre société.</source>
            <translation>This number does not exist or does not belong to your company.</translation>
        </message>
        <message>
            <source>Ce numéro n'existe pas ou n'appartient pas à votre société.
Actualisez la liste (F5) : il a peut-être été supprimé.</source>
            <translation>This number does not exist or does not belong to your company.
Refresh the list (F5): it may have been deleted.</translation>
        </message>
        <message>
            <source>Ce playback n'existe pas, est inactif ou n'est pas du bon type.</source>
            <translation>This playback does not exist, is inactive or is not of the right type.</translation>
        </message>
        <message>
            <source>Cette musique d'attente n'existe pas, est inactive ou n'est pas du bon type.</source>
            <translation>This hold music does not exist, is inactive or is not of the right type.</translation>
        </message>
        <message>
            <source>Cette zone n'existe pas : choisissez une zone de fr_01 à fr_05.</source>
            <translation>This zone does not exist: choose a zone from fr_01 to fr_05.</translation>
        </message>
        <message>
            <source>Cette zone n'existe pas.
Choisissez une zone dans la liste.</source>
            <translation>This zone does not exist.
Choose a zone from the list.</translation>
        </message>
        <message>
            <source>Compte inactif</source>
            <translation>Inactive account</translation>
        </message>
        <message>
            <source>Connexion refusée</source>
            <translation>Login refused</translation>
        </message>
        <message>
            <source>Corrigez la valeur et réessayez.</source>
            <translation>Correct the value and try again.</translation>
        </message>
        <message>
            <source>Corrigez le champ « %1 » et réessayez.</source>
            <translation>Correct the field “%1” and try again.</translation>
        </message>
        <message>
            <source>Date de début</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Date de fin</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Demande refusée</source>
            <translation>Request refused</translation>
        </message>
        <message>
            <source>Durée de sonnerie</source>
            <translation>Ringing time</translation>
        </message>
        <message>
            <source>E-mail du porteur</source>
            <translation>Holder's e-mail</translation>
        </message>
        <message>
            <source>Enregistrement des appels</source>
            <translation>Call recording</translation>
        </message>
        <message>
            <source>Erreur du serveur</source>
            <translation>Server error</translation>
        </message>
        <message>
            <source>Erreur inattendue</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Heure de début</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>Heure de fin</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>Identifiant</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Identifiant ou mot de passe incorrect.</source>
            <translation>Wrong login or password.</translation>
        </message>
        <message>
            <source>Identifiant ou mot de passe incorrect.
Vérifiez-les (majuscules comprises) et réessayez.</source>
            <translation>Wrong login or password.
Check them (including capital letters) and try again.</translation>
        </message>
        <message>
            <source>Impossible de joindre le serveur Cliqphone.
Vérifiez votre connexion Internet et l'adresse du serveur, puis réessayez.</source>
            <translation>Cannot reach the Cliqphone server.
Check your Internet connection and the server address, then try again.</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Introuvable</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>Jours</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>L'adresse e-mail du porteur n'est pas valide.</source>
            <translation>The holder's e-mail address is not valid.</translation>
        </message>
        <message>
            <source>L'info ne doit pas dépasser 255 caractères.</source>
            <translation>The info must not exceed 255 characters.</translation>
        </message>
        <message>
            <source>L'état de média demandé n'est pas valide.</source>
            <translation>The requested media status is not valid.</translation>
        </message>
        <message>
            <source>L'état doit être « Actif » ou « Inactif ».</source>
            <translation>The status must be “Active” or “Inactive”.</translation>
        </message>
        <message>
            <source>L'état du numéro n'est pas valide.</source>
            <translation>The number's status is not valid.</translation>
        </message>
        <message>
            <source>La campagne n'est pas valide.</source>
            <translation>The campaign is not valid.</translation>
        </message>
        <message>
            <source>La communication avec le serveur a échoué.
Réessayez dans un moment.</source>
            <translation>Communication with the server failed.
Try again in a moment.</translation>
        </message>
        <message>
            <source>La durée de sonnerie doit être comprise entre 0 et 300 secondes.</source>
            <translation>The ringing time must be between 0 and 300 seconds.</translation>
        </message>
        <message>
            <source>La musique d'attente n'est pas valide.</source>
            <translation>The hold music is not valid.</translation>
        </message>
        <message>
            <source>La notification par e-mail ou le message du répondeur n'est pas valide.</source>
            <translation>The e-mail notification or the voicemail message is not valid.</translation>
        </message>
        <message>
            <source>La zone n'est pas valide.</source>
            <translation>The zone is not valid.</translation>
        </message>
        <message>
            <source>Le choix « Appels entrants » n'est pas valide.</source>
            <translation>The “Incoming calls” choice is not valid.</translation>
        </message>
        <message>
            <source>Le choix « Appels sortants » n'est pas valide.</source>
            <translation>The “Outgoing calls” choice is not valid.</translation>
        </message>
        <message>
            <source>Le choix « Enregistrement des appels » n'est pas valide.</source>
            <translation>The “Call recording” choice is not valid.</translation>
        </message>
        <message>
            <source>Le choix « Notification par e-mail » n'est pas valide.</source>
            <translation>The “E-mail notification” choice is not valid.</translation>
        </message>
        <message>
            <source>Le code de zone n'est pas valide.</source>
            <translation>The zone code is not valid.</translation>
        </message>
        <message>
            <source>Le message d'enregistrement n'est pas valide.</source>
            <translation>The recording message is not valid.</translation>
        </message>
        <message>
            <source>Le message d'introduction n'est pas valide.</source>
            <translation>The introduction message is not valid.</translation>
        </message>
        <message>
            <source>Le mode (répondeur ou renvoi) n'est pas valide.</source>
            <translation>The mode (voicemail or forwarding) is not valid.</translation>
        </message>
        <message>
            <source>Le mode doit être « Répondeur » ou « Renvoi ».</source>
            <translation>The mode must be “Voicemail” or “Forwarding”.</translation>
        </message>
        <message>
            <source>Le nom de campagne doit compter de 2 à 20 caractères.</source>
            <translation>The campaign name must have 2 to 20 characters.</translation>
        </message>
        <message>
            <source>Le nom du porteur doit compter de 2 à 20 caractères.</source>
            <translation>The holder's name must have 2 to 20 characters.</translation>
        </message>
        <message>
            <source>Le nom du porteur ne doit pas dépasser 100 caractères.</source>
            <translation>The holder's name must not exceed 100 characters.</translation>
        </message>
        <message>
            <source>Le nom n'est pas valide.</source>
            <translation>The name is not valid.</translation>
        </message>
        <message>
            <source>Le numéro de renvoi doit compter de 8 à 15 chiffres.</source>
            <translation>The forwarding number must have 8 to 15 digits.</translation>
        </message>
        <message>
            <source>Le numéro de téléphone n'est pas valide.</source>
            <translation>The phone number is not valid.</translation>
        </message>
        <message>
            <source>Le numéro doit compter de 8 à 15 chiffres (par exemple 33187224465).</source>
            <translation>The number must have 8 to 15 digits (for example 33187224465).</translation>
        </message>
        <message>
            <source>Le numéro doit compter de 8 à 15 chiffres.</source>
            <translation>The number must have 8 to 15 digits.</translation>
        </message>
        <message>
            <source>Le numéro n'est pas valide.</source>
            <translation>The number is not valid.</translation>
        </message>
        <message>
            <source>Le playback n'est pas valide.</source>
            <translation>The playback is not valid.</translation>
        </message>
        <message>
            <source>Le porteur n'est pas valide.</source>
            <translation>The holder is not valid.</translation>
        </message>
        <message>
            <source>Le serveur Cliqphone a rencontré une erreur.
Réessayez dans quelques minutes ; si cela continue, contactez le support Cliqphone.</source>
            <translation>The Cliqphone server ran into an error.
Try again in a few minutes; if it goes on, contact Cliqphone support.</translation>
        </message>
        <message>
            <source>Le serveur a refusé la connexion.</source>
            <translation>The server refused the login.</translation>
        </message>
        <message>
            <source>Le serveur a refusé la demande.</source>
            <translation>The server refused the request.</translation>
        </message>
        <message>
            <source>Le serveur a refusé la méthode de la demande.</source>
            <translation>The server refused the request's method.</translation>
        </message>
        <message>
            <source>Le serveur a répondu quelque chose qui n'est pas une réponse Cliqphone.
Vérifiez que l'adresse est bien celle d'un serveur Cliqphone.</source>
            <translation>The server answered something that is not a Cliqphone answer.
Check that the address is that of a Cliqphone server.</translation>
        </message>
        <message>
            <source>Le serveur n'a pas compris la demande.</source>
            <translation>The server did not understand the request.</translation>
        </message>
        <message>
            <source>Le serveur n'a pas répondu à temps.
Réessayez dans un moment.</source>
            <translation>The server did not answer in time.
Try again in a moment.</translation>
        </message>
        <message>
            <source>Le serveur ne connaît pas cette adresse.</source>
            <translation>The server does not know this address.</translation>
        </message>
        <message>
            <source>Le serveur ne connaît pas l'adresse demandée.
Vérifiez l'adresse du serveur dans la fenêtre de connexion.</source>
            <translation>The server does not know the requested address.
Check the server address in the login window.</translation>
        </message>
        <message>
            <source>Le serveur ne reconnaît plus votre session.
Reconnectez-vous pour continuer.</source>
            <translation>The server no longer recognises your session.
Log in again to continue.</translation>
        </message>
        <message>
            <source>Le serveur ne répond pas</source>
            <translation>The server does not answer</translation>
        </message>
        <message>
            <source>Le type de média demandé n'est pas valide.</source>
            <translation>The requested media type is not valid.</translation>
        </message>
        <message>
            <source>Le type de renvoi doit être « Parallèle » ou « Séquentiel ».</source>
            <translation>The forwarding type must be “Parallel” or “Sequential”.</translation>
        </message>
        <message>
            <source>Le type de renvoi n'est pas valide.</source>
            <translation>The forwarding type is not valid.</translation>
        </message>
        <message>
            <source>Le type doit être « Téléphone » ou « Fax ».</source>
            <translation>The type must be “Phone” or “Fax”.</translation>
        </message>
        <message>
            <source>Le type n'est pas valide.</source>
            <translation>The type is not valid.</translation>
        </message>
        <message>
            <source>Les dates ne sont pas valides : la date de début ne doit pas suivre la date de fin.</source>
            <translation>The dates are not valid: the start date must not be after the end date.</translation>
        </message>
        <message>
            <source>Les dates ne sont pas valides.</source>
            <translation>The dates are not valid.</translation>
        </message>
        <message>
            <source>Les horaires ne sont pas valides : l'heure de début doit précéder l'heure de fin.</source>
            <translation>The hours are not valid: the start time must be before the end time.</translation>
        </message>
        <message>
            <source>Les horaires ne sont pas valides.</source>
            <translation>The hours are not valid.</translation>
        </message>
        <message>
            <source>Les jours ne sont pas valides : choisissez « Tous les jours » ou des jours de la semaine.</source>
            <translation>The days are not valid: choose “Every day” or days of the week.</translation>
        </message>
        <message>
            <source>Les jours ne sont pas valides.</source>
            <translation>The days are not valid.</translation>
        </message>
        <message>
            <source>Message d'enregistrement</source>
            <translation>Recording message</translation>
        </message>
        <message>
            <source>Message d'introduction</source>
            <translation>Introduction message</translation>
        </message>
        <message>
            <source>Message du répondeur</source>
            <translation>Voicemail message</translation>
        </message>
        <message>
            <source>Mode (répondeur ou renvoi)</source>
            <translation>Mode (voicemail or forwarding)</translation>
        </message>
        <message>
            <source>Modifiez ou effacez le filtre.</source>
            <translation>Change or clear the filter.</translation>
        </message>
        <message>
            <source>Musique d'attente</source>
            <translation>Hold music</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Notification par e-mail</source>
            <translation>E-mail notification</translation>
        </message>
        <message>
            <source>Numéro</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Numéro de renvoi</source>
            <translation>Forwarding number</translation>
        </message>
        <message>
            <source>Opération interrompue</source>
            <translation>Operation interrupted</translation>
        </message>
        <message>
            <source>Playback</source>
            <translation>Playback</translation>
        </message>
        <message>
            <source>Porteur</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Problème de communication</source>
            <translation>Communication problem</translation>
        </message>
        <message>
            <source>Réponse incompréhensible</source>
            <translation>Unreadable answer</translation>
        </message>
        <message>
            <source>Serveur injoignable</source>
            <translation>Server unreachable</translation>
        </message>
        <message>
            <source>Session expirée</source>
            <translation>Session expired</translation>
        </message>
        <message>
            <source>Session non valide</source>
            <translation>Invalid session</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Type de renvoi</source>
            <translation>Forwarding type</translation>
        </message>
        <message>
            <source>Téléphone ou fax</source>
            <translation>Phone or fax</translation>
        </message>
        <message>
            <source>Une erreur inattendue s'est produite ; elle a été enregistrée dans le journal.
Vous pouvez continuer à travailler. Si elle se reproduit, copiez les détails et envoyez-les au support Cliqphone.</source>
            <translation>An unexpected error occurred; it was recorded in the log.
You can keep working. If it happens again, copy the details and send them to Cliqphone support.</translation>
        </message>
        <message>
            <source>Valeur refusée</source>
            <translation>Value refused</translation>
        </message>
        <message>
            <source>Votre session a expiré.</source>
            <translation>Your session has expired.</translation>
        </message>
        <message>
            <source>Votre session a expiré.
Reconnectez-vous pour continuer : rien de ce que vous faisiez n'est perdu.</source>
            <translation>Your session has expired.
Log in again to continue: nothing you were doing is lost.</translation>
        </message>
        <message>
            <source>Votre session n'est plus valide.</source>
            <translation>Your session is no longer valid.</translation>
        </message>
        <message>
            <source>Vous ne vous êtes pas reconnecté : l'opération en cours a été abandonnée.
Relancez-la (F5 pour actualiser) une fois reconnecté.</source>
            <translation>You did not log in again: the operation in progress was abandoned.
Start it again (F5 to refresh) once logged in.</translation>
        </message>
        <message>
            <source>Vérifiez ce que vous avez saisi, puis réessayez.</source>
            <translation>Check what you entered, then try again.</translation>
        </message>
        <message>
            <source>Vérifiez votre identifiant et votre mot de passe.</source>
            <translation>Check your login and password.</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>État</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <location filename="../../app/ui/editing/_form.py" line="+23" />
            <source>Cochez pour modifier ce champ ; décochez pour le laisser tel quel</source>
            <translation>Tick to change this field; untick to leave it as it is</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Modifier « %1 »</source>
            <translation>Change “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Modifier ce champ</source>
            <translation>Change this field</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../app/ui/_filter_bar.py" line="+103" />
            <source>Zone des numéros</source>
            <extracomment>Milliseconds between the last keystroke and the instant search. The user asked for new server filters (already checked). The zone list of the bar changed (the window keeps the zone browser in step). Debounced instant-search text.</extracomment>
            <translation>Numbers' zone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tous les états</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Actifs</source>
            <translation>Active</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inactifs</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <location line="+2" />
            <source>État</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tous les types</source>
            <translation>All types</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Numéro (4 à 15 chiffres)</source>
            <translation>Number (4 to 15 digits)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Numéros qui contiennent ces chiffres ; 01 87… est cherché comme +33 1 87… (Entrée pour appliquer)</source>
            <translation>Numbers that contain these digits; 01 87… is searched as +33 1 87… (Enter to apply)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Campagne</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nom exact de la campagne (Entrée pour appliquer)</source>
            <translation>Exact campaign name (Enter to apply)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Porteur</source>
            <translation>Holder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nom du porteur, ou une partie (Entrée pour appliquer)</source>
            <translation>Holder's name, or part of it (Enter to apply)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Filtrer</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Demande au serveur les numéros qui correspondent aux filtres</source>
            <translation>Asks the server for the numbers that match the filters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Effacer les filtres</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revient à tous les numéros de la zone choisie</source>
            <translation>Goes back to all the numbers of the chosen zone</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rechercher dans le tableau… (Ctrl+F)</source>
            <translation>Search the table… (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filtre instantanément les lignes chargées, toutes colonnes confondues (Échap pour effacer)</source>
            <translation>Instantly filters the loaded rows, across all columns (Esc to clear)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recherche instantanée</source>
            <translation>Instant search</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Le numéro cherché doit compter de 4 à 15 chiffres.</source>
            <translation>The number searched for must have 4 to 15 digits.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>La campagne doit compter de 2 à 20 caractères.</source>
            <translation>The campaign must have 2 to 20 characters.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Le porteur doit compter de 2 à 20 caractères.</source>
            <translation>The holder must have 2 to 20 characters.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../app/ui/editing/_history.py" line="+50" />
            <source>Historique des modifications</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filtrer par numéro</source>
            <translation>Filter by number</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tout ou partie d'un numéro (01 87 22…)</source>
            <translation>All or part of a number (01 87 22…)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>toute date</source>
            <translation>any date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Modifications à partir de ce jour</source>
            <translation>Changes from this day on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Modifications jusqu'à ce jour inclus</source>
            <translation>Changes up to and including this day</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Numéro :</source>
            <translation>Number:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Du</source>
            <translation>From</translation>
        </message>
        <message>
            <location line="+2" />
            <source>au</source>
            <translation>to</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quoi</source>
            <translation>What</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Par</source>
            <translation>By</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Numéros / détail</source>
            <translation>Numbers / detail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Résultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Aucune modification enregistrée pour ces critères.</source>
            <translation>No change recorded for these criteria.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Annuler cette modification</source>
            <translation>Undo this change</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remet les anciennes valeurs (après un aperçu). Sur une ligne d'envoi : toutes ses modifications.</source>
            <translation>Puts the old values back (after a preview). On a sending row: all its changes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reprendre l'envoi</source>
            <translation>Resume sending</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <location line="+51" />
            <source>%n fait(s)</source>
            <translation>
                <numerusform>%n done</numerusform>
                <numerusform>%n done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n échec(s)</source>
            <translation>
                <numerusform>%n failure</numerusform>
                <numerusform>%n failures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n non envoyé(s)</source>
            <translation>
                <numerusform>%n not sent</numerusform>
                <numerusform>%n not sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n numéro(s)</source>
            <translation>
                <numerusform>%n number</numerusform>
                <numerusform>%n numbers</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>(annulée)</source>
            <translation>(undone)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Remet les anciennes valeurs, après un aperçu</source>
            <translation>Puts the old values back, after a preview</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choisissez une modification faite et pas encore annulée</source>
            <translation>Choose a change that was made and not yet undone</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../app/ui/_login.py" line="+145" />
            <source>Session expirée — Cliqphone Desk</source>
            <extracomment>(choice, url) -&gt; (base_url, label shown to the user, is_demo). Starts the demo server if needed.</extracomment>
            <translation>Session expired — Cliqphone Desk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connexion — Cliqphone Desk</source>
            <translation>Log in — Cliqphone Desk</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../app/ui/startup.py" line="+112" />
            <source>Démo intégrée</source>
            <extracomment>`time.perf_counter()` when `run_gui` was entered, and when the login dialog was first shown (the start-up benchmark reads them).</extracomment>
            <translation>Built-in demo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cliqphone (api.cliqphone.com)</source>
            <translation>Cliqphone (api.cliqphone.com)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Autre…</source>
            <translation>Other…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serveur</source>
            <translation>Server</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Adresse du serveur</source>
            <translation>Server address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Adresse :</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Serveur de démonstration : utilisez le compte &lt;b&gt;%1&lt;/b&gt;, mot de passe &lt;b&gt;%2&lt;/b&gt;. &lt;a href='fill'&gt;Remplir pour moi&lt;/a&gt;</source>
            <translation>Demo server: use the account &lt;b&gt;%1&lt;/b&gt;, password &lt;b&gt;%2&lt;/b&gt;. &lt;a href='fill'&gt;Fill in for me&lt;/a&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Identifiant</source>
            <translation>Login</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mot de passe</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Se &amp;souvenir de moi</source>
            <translation>&amp;Remember me</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Garde votre identifiant pour la prochaine fois</source>
            <translation>Keeps your login for next time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Garder le mot de passe dans le trousseau du système</source>
            <translation>Keep the password in the system keyring</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le mot de passe est confié au trousseau sécurisé du système, jamais écrit dans un fichier de Cliqphone Desk</source>
            <translation>The password is entrusted to the system's secure keyring, never written to a Cliqphone Desk file</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Serveur :</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Identifiant :</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mot de passe :</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+88" />
            <source>Se connecter</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location line="-83" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quitter</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&lt;b&gt;Votre session a expiré.&lt;/b&gt; Saisissez à nouveau votre mot de passe pour continuer : ce que vous faisiez reprendra là où vous en étiez.</source>
            <translation>&lt;b&gt;Your session has expired.&lt;/b&gt; Enter your password again to continue: what you were doing will resume where you left off.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&lt;b&gt;Bienvenue dans Cliqphone Desk.&lt;/b&gt; Connectez-vous avec votre compte API Cliqphone.</source>
            <translation>&lt;b&gt;Welcome to Cliqphone Desk.&lt;/b&gt; Log in with your Cliqphone API account.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Connexion…</source>
            <translation>Logging in…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Saisissez l'adresse du serveur, par exemple https://api.cliqphone.com.</source>
            <translation>Enter the server address, for example https://api.cliqphone.com.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saisissez votre identifiant.</source>
            <translation>Enter your login.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saisissez votre mot de passe.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Le serveur de démonstration n'a pas pu démarrer. Le détail est dans le journal ; réessayez ou choisissez un autre serveur.</source>
            <translation>The demo server could not start. The details are in the log; try again or choose another server.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Identifiant ou mot de passe incorrect. Vérifiez-les (majuscules comprises) et réessayez.</source>
            <translation>Wrong login or password. Check them (including capital letters) and try again.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ce compte API est inactif. Demandez à l'administrateur de votre compte Cliqphone de l'activer, ou utilisez un autre compte.</source>
            <translation>This API account is inactive. Ask the administrator of your Cliqphone account to activate it, or use another account.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Le serveur est injoignable. Vérifiez votre connexion Internet et l'adresse du serveur, puis réessayez.</source>
            <translation>The server cannot be reached. Check your Internet connection and the server address, then try again.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ce serveur ne répond pas comme un serveur Cliqphone. Vérifiez l'adresse (par exemple https://api.cliqphone.com).</source>
            <translation>This server does not answer like a Cliqphone server. Check the address (for example https://api.cliqphone.com).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="+149" />
            <source>Cliqphone Desk</source>
            <extracomment>Sorted in the worker at each load: the numbers (their sort takes some 150 ms at 100,000 rows). The other columns' keys repeat and sort in 20-60 ms on the first click (within the 200 ms target): sorting them all here made every load 0.4 s longer. A number was double-clicked or Enter pressed on it (the Number). A load of numbers finished and the table shows its result. The window closed (after the close guards agreed); start-up then shuts down.</extracomment>
            <translation>Cliqphone Desk</translation>
        </message>
        <message>
            <location line="+84" />
            <source>&amp;Actualiser</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recharge les numéros depuis le serveur (F5)</source>
            <translation>Reloads the numbers from the server (F5)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Rechercher</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recherche instantanée dans le tableau (Ctrl+F)</source>
            <translation>Instant search in the table (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Effacer les filtres</source>
            <translation>C&amp;lear filters</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Efface les filtres et la recherche (Ctrl+Maj+L)</source>
            <translation>Clears the filters and the search (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quitter</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ferme Cliqphone Desk (Ctrl+Q)</source>
            <translation>Closes Cliqphone Desk (Ctrl+Q)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Copier les lignes</source>
            <translation>&amp;Copy rows</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copie les lignes sélectionnées (à coller dans un tableur)</source>
            <translation>Copies the selected rows (to paste into a spreadsheet)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Tout sélectionner</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Panneau des &amp;zones</source>
            <translation>&amp;Zones panel</translation>
        </message>
        <message>
            <location line="+8" />
            <source>À &amp;propos de Cliqphone Desk</source>
            <translation>&amp;About Cliqphone Desk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>À propos de &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ouvrir le dossier des &amp;journaux</source>
            <translation>Open the &amp;log folder</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Les journaux aident le support à comprendre un problème</source>
            <translation>The logs help support understand a problem</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Fichier</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>É&amp;dition</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Affichage</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aid&amp;e</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Colonnes</source>
            <translation>&amp;Columns</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Barre d'outils</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Chargement…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Chargement des numéros…</source>
            <translation>Loading numbers…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Aucun numéro ne correspond à ces filtres.
Modifiez ou effacez les filtres.</source>
            <translation>No number matches these filters.
Change or clear the filters.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aucun numéro dans cette zone.</source>
            <translation>No number in this zone.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Les numéros n'ont pas pu être chargés.</source>
            <translation>The numbers could not be loaded.</translation>
        </message>
        <message numerus="yes">
            <location line="+146" />
            <source>%n numéro(s) affiché(s)</source>
            <translation>
                <numerusform>%n number shown</numerusform>
                <numerusform>%n numbers shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>sur %n</source>
            <translation>
                <numerusform>of %n</numerusform>
                <numerusform>of %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n numéro(s)</source>
            <translation>
                <numerusform>%n number</numerusform>
                <numerusform>%n numbers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n sélectionné(s)</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Non connecté</source>
            <translation>Not logged in</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 sur %2 · session jusqu'à %3</source>
            <translation>%1 on %2 · session until %3</translation>
        </message>
    </context>
    <context>
        <name>Media</name>
        <message>
            <source>Message d'enregistrement</source>
            <translation>Recording message</translation>
        </message>
        <message>
            <source>Message d'introduction</source>
            <translation>Introduction message</translation>
        </message>
        <message>
            <source>Musique d'attente</source>
            <translation>Hold music</translation>
        </message>
        <message>
            <source>Play-back</source>
            <translation>Playback</translation>
        </message>
        <message>
            <source>Répondeur</source>
            <translation>Voicemail</translation>
        </message>
    </context>
    <context>
        <name>MediaCombo</name>
        <message>
            <location filename="../../app/ui/editing/_widgets.py" line="+125" />
            <location line="+1" />
            <source>Écouter ce média</source>
            <translation>Listen to this media</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Écouter « %1 »</source>
            <translation>Listen to “%1”</translation>
        </message>
        <message>
            <location line="+24" />
            <source>média n°%1 (inactif ou inconnu)</source>
            <translation>media no. %1 (inactive or unknown)</translation>
        </message>
    </context>
    <context>
        <name>MediaFeature</name>
        <message>
            <source>Afficher ou masquer le panneau des médias (Ctrl+Maj+M)</source>
            <translation type="vanished">Show or hide the media panel (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>Ce numéro n'a aucun média à écouter.</source>
            <translation>This number has no media to listen to.</translation>
        </message>
        <message>
            <source>Médias</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Écouter le parcours d'appel</source>
            <translation>Listen to the call path</translation>
        </message>
        <message>
            <source>Écouter les médias du numéro dans l'ordre où l'appelant les entend</source>
            <translation>Listen to the number's media in the order the caller hears them</translation>
        </message>
        <message>
            <source>Afficher ou masquer le panneau des médias (Ctrl+2)</source>
            <translation>Show or hide the media panel (Ctrl+2)</translation>
        </message>
    </context>
    <context>
        <name>MediaModel</name>
        <message>
            <location filename="../../app/ui/media/_model.py" line="+105" />
            <source>Nom</source>
            <extracomment>Role returning the row's `Media`.</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>État</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Durée</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(sans nom)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Actif</source>
            <translation>Active</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Inactif</source>
            <translation>Inactive</translation>
        </message>
    </context>
    <context>
        <name>MediaPanel</name>
        <message>
            <location filename="../../app/ui/media/_panel.py" line="+96" />
            <source>Médias</source>
            <extracomment>Emitted after each load of the media list (tests wait on it).</extracomment>
            <translation>Media</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Tous les types</source>
            <translation>All types</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Filtrer par type de média (demandé au serveur)</source>
            <translation>Filter by media type (asked of the server)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type de média</source>
            <translation>Media type</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tous les états</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actifs</source>
            <translation>Active</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inactifs</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filtrer par état (demandé au serveur)</source>
            <translation>Filter by status (asked of the server)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>État du média</source>
            <translation>Media status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rechercher un nom…</source>
            <translation>Search for a name…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filtre immédiat sur les noms ; Entrée : chercher aussi sur le serveur</source>
            <translation>Instant filter on names; Enter: also search on the server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rechercher un média par son nom</source>
            <translation>Search for a media by name</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Recharger la liste des médias</source>
            <translation>Reload the media list</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Liste des médias</source>
            <translation>Media list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-clic ou Entrée : écouter</source>
            <translation>Double-click or Enter: listen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Utilisé par :</source>
            <translation>Used by:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Numéros qui utilisent ce média</source>
            <translation>Numbers that use this media</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-clic : montrer ce numéro dans le tableau</source>
            <translation>Double-click: show this number in the table</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Afficher dans le tableau</source>
            <translation>Show in the table</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sélectionner ces numéros dans le tableau des numéros</source>
            <translation>Select these numbers in the numbers table</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+371" />
            <source>Aucun média en lecture</source>
            <translation>No media playing</translation>
        </message>
        <message>
            <location line="-362" />
            <source>Lecture / pause (Espace)</source>
            <translation>Play / pause (Space)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lecture ou pause</source>
            <translation>Play or pause</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Arrêter</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Position (← / → : 5 secondes)</source>
            <translation>Position (← / →: 5 seconds)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Position de lecture</source>
            <translation>Playback position</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+416" />
            <source>Couper le son (M)</source>
            <translation>Mute (M)</translation>
        </message>
        <message>
            <location line="-415" />
            <source>Couper le son</source>
            <translation>Mute</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Volume (↑ / ↓)</source>
            <translation>Volume (↑ / ↓)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Chargement des médias…</source>
            <translation>Loading media…</translation>
        </message>
        <message>
            <location line="+68" />
            <source>La liste des médias n'a pas pu être chargée.</source>
            <translation>The media list could not be loaded.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n média(s)</source>
            <translation>
                <numerusform>%n media</numerusform>
                <numerusform>%n media</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 sur %2 média(s)</source>
            <translation>
                <numerusform>%1 of %2 media</numerusform>
                <numerusform>%1 of %2 media</numerusform>
            </translation>
        </message>
        <message>
            <location line="+30" />
            <source>Utilisé par : sélectionnez un média</source>
            <translation>Used by: select a media</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Emplacement : %1</source>
            <translation>Slot: %1</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="vanished">%1 — %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Utilisé par : aucun tableau de numéros</source>
            <translation>Used by: no numbers table</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Utilisé par : chargez des numéros pour le savoir</source>
            <translation>Used by: load numbers to find out</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Utilisé par %n numéro(s) chargé(s)</source>
            <translation>
                <numerusform>Used by %n loaded number</numerusform>
                <numerusform>Used by %n loaded numbers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>(%n sans médias indiqués par le serveur)</source>
            <translation>
                <numerusform>(%n without media given by the server)</numerusform>
                <numerusform>(%n without media given by the server)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+17" />
            <location line="+14" />
            <source>Téléchargement…</source>
            <translation>Downloading…</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Pause (Espace)</source>
            <translation>Pause (Space)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lecture (Espace)</source>
            <translation>Play (Space)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(sans nom)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>En lecture</source>
            <translation>Playing</translation>
        </message>
        <message>
            <location line="+2" />
            <source>En pause</source>
            <translation>Paused</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrêté</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 : %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(%1 sur %2 du parcours d'appel)</source>
            <translation>(%1 of %2 in the call path)</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Rétablir le son (M)</source>
            <translation>Unmute (M)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Calcul de la forme d'onde…</source>
            <translation>Computing the waveform…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Forme d'onde indisponible</source>
            <translation>Waveform unavailable</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Lecture impossible</source>
            <translation>Cannot play</translation>
        </message>
    </context>
    <context>
        <name>MediaPlayer</name>
        <message>
            <source>Impossible de télécharger « %1 » : le fichier n'existe plus sur le serveur (erreur 404).</source>
            <translation>Cannot download “%1”: the file no longer exists on the server (error 404).</translation>
        </message>
        <message>
            <source>Impossible de télécharger « %1 » : le serveur a rencontré un problème. Réessayez dans un moment.</source>
            <translation>Cannot download “%1”: the server ran into a problem. Try again in a moment.</translation>
        </message>
        <message>
            <source>Impossible de télécharger « %1 » : le serveur ne répond pas. Vérifiez votre connexion réseau, puis réessayez.</source>
            <translation>Cannot download “%1”: the server does not answer. Check your network connection, then try again.</translation>
        </message>
        <message>
            <source>ce média</source>
            <translation>this media</translation>
        </message>
        <message>
            <source>« %1 » n'est pas un fichier audio : le serveur a envoyé autre chose (une page d'erreur, par exemple). Signalez-le à Cliqphone.</source>
            <translation>“%1” is not an audio file: the server sent something else (an error page, for example). Report it to Cliqphone.</translation>
        </message>
        <message>
            <source>« %1 » ne peut pas être lu : le fichier audio est endommagé ou dans un format inconnu.</source>
            <translation>“%1” cannot be played: the audio file is damaged or in an unknown format.</translation>
        </message>
        <message>
            <source>« %1 » ne peut pas être lu.</source>
            <translation>“%1” cannot be played.</translation>
        </message>
    </context>
    <context>
        <name>NumberDialog</name>
        <message>
            <location filename="../../app/ui/editing/_dialogs.py" line="-85" />
            <source>Nouveau numéro</source>
            <translation>New number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ajouter</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modifier le numéro %1</source>
            <translation>Edit number %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Enregistrement…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enregistrement interrompu : reconnectez-vous puis réessayez.</source>
            <translation>Saving interrupted: log in again, then try again.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Le serveur a refusé « %1 » : %2</source>
            <translation>The server refused “%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>NumberForm</name>
        <message>
            <location filename="../../app/ui/editing/_form.py" line="+162" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <location line="+12" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+94" />
            <source>Le serveur n'a pas indiqué la valeur actuelle de ce champ : elle ne sera pas modifiée, sauf si vous la changez.</source>
            <translation>The server did not give this field's current value: it will not be changed unless you change it.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Corrigez « %1 » : %2</source>
            <translation>Correct “%1”: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Aucune modification à enregistrer.</source>
            <translation>No change to save.</translation>
        </message>
    </context>
    <context>
        <name>NumbersModel</name>
        <message>
            <source>%1 (configuration du numéro)</source>
            <translation>%1 (number configuration)</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Actif</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Appels entrants</source>
            <translation>Incoming calls</translation>
        </message>
        <message>
            <source>Appels sortants</source>
            <translation>Outgoing calls</translation>
        </message>
        <message>
            <source>Aucun numéro affiché ne correspond à « %1 ».
Effacez la recherche (Échap).</source>
            <translation>No number shown matches “%1”.
Clear the search (Esc).</translation>
        </message>
        <message>
            <source>Campagne</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <source>E-mail du porteur</source>
            <translation>Holder's e-mail</translation>
        </message>
        <message>
            <source>Enregistrement</source>
            <translation>Recording</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Horaires</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Inactif</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Jours</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Message d'enregistrement</source>
            <translation>Recording message</translation>
        </message>
        <message>
            <source>Message d'introduction</source>
            <translation>Introduction message</translation>
        </message>
        <message>
            <source>Message du répondeur</source>
            <translation>Voicemail message</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Musique d'attente</source>
            <translation>Hold music</translation>
        </message>
        <message>
            <source>Non</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Notification e-mail</source>
            <translation>E-mail notification</translation>
        </message>
        <message>
            <source>Numéro</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Numéro de renvoi</source>
            <translation>Forwarding number</translation>
        </message>
        <message>
            <source>Oui</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Parallèle</source>
            <translation>Parallel</translation>
        </message>
        <message>
            <source>Playback</source>
            <translation>Playback</translation>
        </message>
        <message>
            <source>Porteur</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Période de renvoi</source>
            <translation>Forwarding period</translation>
        </message>
        <message>
            <source>Renvoi</source>
            <translation>Forwarding</translation>
        </message>
        <message>
            <source>Répondeur</source>
            <translation>Voicemail</translation>
        </message>
        <message>
            <source>Sonnerie</source>
            <translation>Ringing</translation>
        </message>
        <message>
            <source>Séquentiel</source>
            <translation>Sequential</translation>
        </message>
        <message>
            <source>Tous les jours</source>
            <translation>Every day</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Type de renvoi</source>
            <translation>Forwarding type</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>jusqu'à %1</source>
            <translation>until %1</translation>
        </message>
        <message>
            <source>média n° %1</source>
            <translation>media no. %1</translation>
        </message>
        <message>
            <source>État</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>à partir de %1</source>
            <translation>from %1</translation>
        </message>
    </context>
    <context>
        <name>NumbersView</name>
        <message>
            <location filename="../../app/ui/_numbers_view.py" line="+33" />
            <source>Numéros</source>
            <extracomment>Default widths of the columns that need more than the default. The user showed or hid a column, or reset them (the window saves the header state).</extracomment>
            <translation>Numbers</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Colonnes</source>
            <extracomment>Columns the user wants shown (by key); a configuration column shows only once available.</extracomment>
            <translation>Columns</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Configuration</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Colonnes par défaut</source>
            <translation>Default columns</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../app/ui/preferences.py" line="+78" />
            <source>Préférences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Serveur par défaut</source>
            <translation>Default server</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Démo intégrée (données d'exemple, sans connexion)</source>
            <translation>&amp;Built-in demo (sample data, no connection needed)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cliqphone (%1)</source>
            <translation>&amp;Cliqphone (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Autre adresse :</source>
            <translation>&amp;Other address:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Adresse de l'autre serveur</source>
            <translation>Address of the other server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adresse complète du serveur, commençant par https:// ou http://</source>
            <translation>Full server address, starting with https:// or http://</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Proposé à l'ouverture de la fenêtre de connexion.</source>
            <translation>Offered when the login window opens.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Apparence</source>
            <translation>Appearance</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Langue du système</source>
            <translation>System language</translation>
        </message>
        <message>
            <location line="+3" />
            <source>La nouvelle langue s'applique au prochain démarrage.</source>
            <translation>The new language applies the next time the application starts.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Langue :</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Système</source>
            <translation>System</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clair</source>
            <translation>Light</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sombre</source>
            <translation>Dark</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S'applique immédiatement</source>
            <translation>Applies immediately</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Thème :</source>
            <translation>&amp;Theme:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Modifications groupées et médias</source>
            <translation>Bulk edits and media</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nombre de numéros envoyés au serveur en même temps lors d'une modification groupée</source>
            <translation>How many numbers are sent to the server at the same time during a bulk edit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Envois &amp;simultanés :</source>
            <translation>&amp;Simultaneous sends:</translation>
        </message>
        <message>
            <location line="+5" />
            <source> Mo</source>
            <translation> MB</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Place maximale des médias téléchargés gardés sur ce poste pour les réécouter sans attendre</source>
            <translation>Maximum space for downloaded media kept on this computer, to replay them without waiting</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Vider le cache</source>
            <translation>&amp;Clear the cache</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supprime les médias téléchargés (ils seront téléchargés à nouveau)</source>
            <translation>Deletes the downloaded media (they will be downloaded again)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cache des &amp;médias :</source>
            <translation>&amp;Media cache:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Journaux</source>
            <translation>Logs</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dossier des journaux</source>
            <translation>Log folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dossier des journaux de l'application (à joindre à une demande d'aide)</source>
            <translation>The application's log folder (attach it to a request for help)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ouvrir le dossier des journaux</source>
            <translation>&amp;Open the log folder</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Saisissez une adresse complète, par exemple https://api.exemple.fr</source>
            <translation>Enter a full address, for example https://api.example.com</translation>
        </message>
        <message>
            <location line="+20" />
            <source>(indisponible)</source>
            <translation>(unavailable)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 Mo utilisés</source>
            <translation>%1 MB used</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Impossible d'ouvrir le dossier : copiez son chemin</source>
            <translation>Cannot open the folder: copy its path</translation>
        </message>
        <message>
            <source>Préférences…</source>
            <translation>Preferences…</translation>
        </message>
        <message>
            <source>Serveur par défaut, langue, thème, cache des médias, journaux</source>
            <translation>Default server, language, theme, media cache, logs</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <location filename="../../app/ui/editing/_preview.py" line="-155" />
            <source>Aperçu des modifications</source>
            <translation>Preview of the changes</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&lt;b&gt;%n numéro(s) seront modifiés.&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n number will be changed.&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n numbers will be changed.&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Champs : %1</source>
            <translation>Fields: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n numéro(s) ont déjà ces valeurs : ils ne seront pas envoyés.</source>
            <translation>
                <numerusform>%n number already has these values: it will not be sent.</numerusform>
                <numerusform>%n numbers already have these values: they will not be sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>⚠ %n numéro(s) avec un changement à risque (en orange).</source>
            <translation>
                <numerusform>⚠ %n number with a risky change (in orange).</numerusform>
                <numerusform>⚠ %n numbers with a risky change (in orange).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n ligne(s) ne seront pas envoyées (voir l'onglet « Problèmes »).</source>
            <translation>
                <numerusform>%n row will not be sent (see the “Problems” tab).</numerusform>
                <numerusform>%n rows will not be sent (see the “Problems” tab).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Colonnes non lues : %1</source>
            <translation>Columns not read: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n numéro(s) ont été modifiés depuis sur le serveur (conflits).</source>
            <translation>
                <numerusform>%n number has been changed on the server since (conflict).</numerusform>
                <numerusform>%n numbers have been changed on the server since (conflicts).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Modifications (%1)</source>
            <translation>Changes (%1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Problèmes (%1)</source>
            <translation>Problems (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Conflits (%1)</source>
            <translation>Conflicts (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Annuler aussi les numéros modifiés depuis (leurs valeurs actuelles seront remplacées)</source>
            <translation>Also undo the numbers changed since (their current values will be replaced)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+80" />
            <source>Numéro</source>
            <translation>Number</translation>
        </message>
        <message>
            <location line="-80" />
            <source>Pourquoi</source>
            <translation>Why</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Impossible (%1)</source>
            <translation>Impossible (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appliquer</source>
            <translation>Apply</translation>
        </message>
        <message numerus="yes">
            <location line="+22" />
            <source>Appliquer à %n numéro(s)</source>
            <translation>
                <numerusform>Apply to %n number</numerusform>
                <numerusform>Apply to %n numbers</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rien à envoyer</source>
            <translation>Nothing to send</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+48" />
            <source>Numéro / champ</source>
            <translation>Number / field</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Avant</source>
            <translation>Before</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Après</source>
            <translation>After</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attention</source>
            <translation>Warning</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n champ(s)</source>
            <translation>
                <numerusform>%n field</numerusform>
                <numerusform>%n fields</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ligne %1 du fichier</source>
            <translation>Row %1 of the file</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>… et %n autre(s) numéro(s)</source>
            <translation>
                <numerusform>… and %n other number</numerusform>
                <numerusform>… and %n other numbers</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Ligne</source>
            <translation>Row</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Colonne</source>
            <translation>Column</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Valeur</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problème</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nous avions mis</source>
            <translation>We had set</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sur le serveur</source>
            <translation>On the server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serait remis à</source>
            <translation>Would be set back to</translation>
        </message>
    </context>
    <context>
        <name>RunDialog</name>
        <message>
            <location filename="../../app/ui/editing/_run.py" line="+20" />
            <source>Envoi des modifications</source>
            <translation>Sending changes</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Seulement les échecs</source>
            <translation>Only the failures</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N'envoie plus de nouvelles modifications ; celles en cours se terminent</source>
            <translation>Sends no more new changes; those in progress finish</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Réessayer les échecs</source>
            <translation>Retry the failures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Renvoie seulement les modifications refusées ou en échec</source>
            <translation>Sends again only the changes that were refused or failed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reprendre</source>
            <translation>Resume</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue l'envoi là où il s'est arrêté</source>
            <translation>Continues sending where it stopped</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+114" />
            <source>%1 / %2 envoyées</source>
            <translation>%1 / %2 sent</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n réussie(s)</source>
            <translation>
                <numerusform>%n succeeded</numerusform>
                <numerusform>%n succeeded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n échec(s)</source>
            <translation>
                <numerusform>%n failure</numerusform>
                <numerusform>%n failures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n non envoyée(s)</source>
            <translation>
                <numerusform>%n not sent</numerusform>
                <numerusform>%n not sent</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prêt à envoyer.</source>
            <translation>Ready to send.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Envoi en cours… La fenêtre principale reste utilisable.</source>
            <translation>Sending… The main window can still be used.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>En pause : votre session a expiré. Reconnectez-vous pour continuer ; rien n'est perdu.</source>
            <translation>Paused: your session has expired. Log in again to continue; nothing is lost.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Annulation : plus rien de nouveau n'est envoyé ; les envois en cours se terminent.</source>
            <translation>Cancelling: nothing new is sent; the sends in progress finish.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Terminé.</source>
            <translation>Finished.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annulé : les modifications non envoyées ne l'ont pas été.</source>
            <translation>Cancelled: the changes not yet sent were not sent.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interrompu : reconnectez-vous puis cliquez sur « Reprendre ». Rien n'est perdu.</source>
            <translation>Interrupted: log in again, then click “Resume”. Nothing is lost.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Terminé avec %n échec(s). Corrigez si besoin, puis « Réessayer les échecs ».</source>
            <translation>
                <numerusform>Finished with %n failure. Correct if needed, then “Retry the failures”.</numerusform>
                <numerusform>Finished with %n failures. Correct if needed, then “Retry the failures”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimeEdit</name>
        <message>
            <location filename="../../app/ui/editing/_widgets.py" line="-213" />
            <source>Choisir une heure</source>
            <translation>Choose a time</translation>
        </message>
    </context>
    <context>
        <name>WaveformView</name>
        <message>
            <source>Aucun média</source>
            <translation>No media</translation>
        </message>
        <message>
            <source>Forme d'onde : cliquez pour aller à cet endroit</source>
            <translation>Waveform: click to go to that point</translation>
        </message>
        <message>
            <source>Forme d'onde du média</source>
            <translation>Media waveform</translation>
        </message>
    </context>
    <context>
        <name>ZoneBrowser</name>
        <message>
            <location filename="../../app/ui/_zones.py" line="+242" />
            <source>Zones</source>
            <extracomment>The user picked a zone ("" for all zones).</extracomment>
            <translation>Zones</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Chargement des détails…</source>
            <translation>Loading details…</translation>
        </message>
    </context>
    <context>
        <name>ZoneDetails</name>
        <message>
            <location line="-145" />
            <source>Détails de la zone</source>
            <translation>Zone details</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Préfixe</source>
            <translation>Prefix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pays</source>
            <translation>Country</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>État</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Numéros</source>
            <translation>Numbers</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Toutes les zones</source>
            <translation>All zones</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
    </context>
    <context>
        <name>ZonesModel</name>
        <message>
            <location line="-98" />
            <source>Toutes les zones</source>
            <extracomment>The zone code of a row ("" for « Toutes les zones »).</extracomment>
            <translation>All zones</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Les numéros de toutes les zones</source>
            <translation>The numbers of every zone</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Code : %1</source>
            <translation>Code: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Préfixe : %1</source>
            <translation>Prefix: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pays : %1</source>
            <translation>Country: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type : %1</source>
            <translation>Type: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>État : %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n numéro(s)</source>
            <translation>
                <numerusform>%n number</numerusform>
                <numerusform>%n numbers</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Préfixe</source>
            <translation>Prefix</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Numéros</source>
            <translation>Numbers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nom de la zone</source>
            <translation>Zone name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Préfixe téléphonique</source>
            <translation>Dialling prefix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code de la zone</source>
            <translation>Zone code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nombre de numéros de votre société</source>
            <translation>Number of your company's numbers</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <location filename="../../app/ui/editing/_dialogs.py" line="-155" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fermer sans enregistrer (Échap)</source>
            <translation>Close without saving (Esc)</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Enregistrer (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Abandonner les modifications ?</source>
            <translation>Discard the changes?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vous avez modifié ce formulaire. Fermer sans enregistrer ?</source>
            <translation>You have changed this form. Close without saving?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fermer sans enregistrer</source>
            <translation>Close without saving</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continuer la saisie</source>
            <translation>Keep editing</translation>
        </message>
    </context>
    <context>
        <name>_Nullable</name>
        <message>
            <location filename="../../app/ui/editing/_widgets.py" line="-55" />
            <source>aucune — choisir…</source>
            <translation>none — choose…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Effacer (aucune valeur)</source>
            <translation>Clear (no value)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Effacer</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Effacer « %1 »</source>
            <translation>Clear “%1”</translation>
        </message>
    </context>
</TS>
