<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../app/ui/_about.py" line="+19" />
            <source>À propos de Cliqphone Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Gérez vos numéros Cliqphone : zones, numéros, renvois, messages et musiques d'attente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Serveur : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Connecté en tant que : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Journal : &lt;a href='%1'&gt;%2&lt;/a&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Python %1, Qt %2, PySide6 %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BulkEditDialog</name>
        <message numerus="yes">
            <location filename="../../app/ui/editing/_dialogs.py" line="+222" />
            <source>Modifier %n numéro(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aperçu des modifications…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Voir ce qui va changer avant d'envoyer quoi que ce soit (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../app/ui/editing/_widgets.py" line="+143" />
            <source>Choisir une date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DaysEdit</name>
        <message>
            <location line="+24" />
            <source>Tous les jours</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <location filename="../../app/ui/_errors.py" line="+402" />
            <source>Réessayer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+29" />
            <source>Copier les détails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-28" />
            <source>Copie les détails techniques pour le support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Masquer ce message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Masquer le message d'erreur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Erreur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Détails copiés</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location line="-95" />
            <source>Copier les détails</source>
            <extracomment>"error" for failures, "info" for things that are not failures (nothing matches a filter).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Copie les détails techniques pour le support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Détails copiés</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <location filename="../../app/ui/editing/_form.py" line="+22" />
            <source>Cochez pour modifier ce champ ; décochez pour le laisser tel quel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Modifier ce champ</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../app/ui/_filter_bar.py" line="+103" />
            <source>Zone des numéros</source>
            <extracomment>Milliseconds between the last keystroke and the instant search. The user asked for new server filters (already checked). The zone list of the bar changed (the window keeps the zone browser in step). Debounced instant-search text.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Tous les états</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Actifs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Inactifs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>État</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tous les types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Téléphone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Numéro (4 à 15 chiffres)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Numéros qui contiennent ces chiffres ; 01 87… est cherché comme +33 1 87… (Entrée pour appliquer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Campagne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nom exact de la campagne (Entrée pour appliquer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Porteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nom du porteur, ou une partie (Entrée pour appliquer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Filtrer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Demande au serveur les numéros qui correspondent aux filtres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Effacer les filtres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revient à tous les numéros de la zone choisie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Rechercher dans le tableau… (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Filtre instantanément les lignes chargées, toutes colonnes confondues (Échap pour effacer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Recherche instantanée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+93" />
            <source>Le numéro cherché doit compter de 4 à 15 chiffres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>La campagne doit compter de 2 à 20 caractères.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Le porteur doit compter de 2 à 20 caractères.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../app/ui/editing/_history.py" line="+50" />
            <source>Historique des modifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Filtrer par numéro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tout ou partie d'un numéro (01 87 22…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Modifications à partir de ce jour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Modifications jusqu'à ce jour inclus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Numéro :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Du</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>au</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Quoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Par</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Numéros / détail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Résultat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Aucune modification enregistrée pour ces critères.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Annuler cette modification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remet les anciennes valeurs (après un aperçu). Sur une ligne d'envoi : toutes ses modifications.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reprendre l'envoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fermer</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+47" />
            <source>%n fait(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n échec(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n non envoyé(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n numéro(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>(annulée)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>Remet les anciennes valeurs, après un aperçu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choisissez une modification faite et pas encore annulée</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../app/ui/_login.py" line="+145" />
            <source>Session expirée — Cliqphone Desk</source>
            <extracomment>(choice, url) -&gt; (base_url, label shown to the user, is_demo). Starts the demo server if needed.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Connexion — Cliqphone Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Démo intégrée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cliqphone (api.cliqphone.com)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Autre…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Serveur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Adresse du serveur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Adresse :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Serveur de démonstration : utilisez le compte &lt;b&gt;%1&lt;/b&gt;, mot de passe &lt;b&gt;%2&lt;/b&gt;. &lt;a href='fill'&gt;Remplir pour moi&lt;/a&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Identifiant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Mot de passe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Se &amp;souvenir de moi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Garde votre identifiant pour la prochaine fois</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Garder le mot de passe dans le trousseau du système</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Le mot de passe est confié au trousseau sécurisé du système, jamais écrit dans un fichier de Cliqphone Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Serveur :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Identifiant :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mot de passe :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+88" />
            <source>Se connecter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-83" />
            <source>Annuler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Quitter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>&lt;b&gt;Votre session a expiré.&lt;/b&gt; Saisissez à nouveau votre mot de passe pour continuer : ce que vous faisiez reprendra là où vous en étiez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&lt;b&gt;Bienvenue dans Cliqphone Desk.&lt;/b&gt; Connectez-vous avec votre compte API Cliqphone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>Connexion…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Saisissez l'adresse du serveur, par exemple https://api.cliqphone.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Saisissez votre identifiant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Saisissez votre mot de passe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Le serveur de démonstration n'a pas pu démarrer. Le détail est dans le journal ; réessayez ou choisissez un autre serveur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Identifiant ou mot de passe incorrect. Vérifiez-les (majuscules comprises) et réessayez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ce compte API est inactif. Demandez à l'administrateur de votre compte Cliqphone de l'activer, ou utilisez un autre compte.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Le serveur est injoignable. Vérifiez votre connexion Internet et l'adresse du serveur, puis réessayez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ce serveur ne répond pas comme un serveur Cliqphone. Vérifiez l'adresse (par exemple https://api.cliqphone.com).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="+111" />
            <source>Cliqphone Desk</source>
            <extracomment>A number was double-clicked or Enter pressed on it (the Number). A load of numbers finished and the table shows its result. The window closed (after the close guards agreed); start-up then shuts down.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+82" />
            <source>&amp;Actualiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Recharge les numéros depuis le serveur (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Rechercher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Recherche instantanée dans le tableau (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Effacer les filtres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Efface les filtres et la recherche (Ctrl+Maj+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quitter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ferme Cliqphone Desk (Ctrl+Q)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Copier les lignes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Copie les lignes sélectionnées (à coller dans un tableur)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Tout sélectionner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Panneau des &amp;zones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>À &amp;propos de Cliqphone Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>À propos de &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ouvrir le dossier des &amp;journaux</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Les journaux aident le support à comprendre un problème</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Fichier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>É&amp;dition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Affichage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Aid&amp;e</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Colonnes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Barre d'outils</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Chargement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>Chargement des numéros…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Aucun numéro ne correspond à ces filtres.
Modifiez ou effacez les filtres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Aucun numéro dans cette zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Les numéros n'ont pas pu être chargés.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+146" />
            <source>%n numéro(s) affiché(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>sur %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n numéro(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n sélectionné(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Non connecté</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 sur %2 · session jusqu'à %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MediaCombo</name>
        <message>
            <location filename="../../app/ui/editing/_widgets.py" line="+125" />
            <location line="+1" />
            <source>Écouter ce média</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>média n°%1 (inactif ou inconnu)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MediaModel</name>
        <message>
            <location filename="../../app/ui/media/_model.py" line="+105" />
            <source>Nom</source>
            <extracomment>Role returning the row's `Media`.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>État</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Durée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>(sans nom)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Actif</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Inactif</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MediaPanel</name>
        <message>
            <location filename="../../app/ui/media/_panel.py" line="+88" />
            <source>Médias</source>
            <extracomment>Emitted after each load of the media list (tests wait on it).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Tous les types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Filtrer par type de média (demandé au serveur)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type de média</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tous les états</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Actifs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Inactifs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Filtrer par état (demandé au serveur)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>État du média</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rechercher un nom…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Filtre immédiat sur les noms ; Entrée : chercher aussi sur le serveur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rechercher un média par son nom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Recharger la liste des médias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Liste des médias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Double-clic ou Entrée : écouter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Utilisé par :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Numéros qui utilisent ce média</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Double-clic : montrer ce numéro dans le tableau</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Afficher dans le tableau</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sélectionner ces numéros dans le tableau des numéros</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <location line="+318" />
            <source>Aucun média en lecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-310" />
            <source>Lecture / pause (Espace)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lecture ou pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Arrêter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Position (← / → : 5 secondes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Position de lecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+364" />
            <source>Couper le son (M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-363" />
            <source>Couper le son</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Volume (↑ / ↓)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+109" />
            <source>Chargement des médias…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>La liste des médias n'a pas pu être chargée.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n média(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 sur %2 média(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+30" />
            <source>Utilisé par : sélectionnez un média</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Utilisé par : aucun tableau de numéros</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Utilisé par : chargez des numéros pour le savoir</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Utilisé par %n numéro(s) chargé(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>(%n sans médias indiqués par le serveur)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+19" />
            <location line="+13" />
            <source>Téléchargement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-20" />
            <source>Pause (Espace)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Lecture (Espace)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>(sans nom)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>En lecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>En pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Arrêté</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>(%1 sur %2 du parcours d'appel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Rétablir le son (M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Calcul de la forme d'onde…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Forme d'onde indisponible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Lecture impossible</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NumberDialog</name>
        <message>
            <location filename="../../app/ui/editing/_dialogs.py" line="-85" />
            <source>Nouveau numéro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ajouter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Modifier le numéro %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enregistrer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Enregistrement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Enregistrement interrompu : reconnectez-vous puis réessayez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Le serveur a refusé « %1 » : %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NumberForm</name>
        <message>
            <location filename="../../app/ui/editing/_form.py" line="+143" />
            <source>Téléphone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+90" />
            <source>Le serveur n'a pas indiqué la valeur actuelle de ce champ : elle ne sera pas modifiée, sauf si vous la changez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Corrigez « %1 » : %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Aucune modification à enregistrer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NumbersView</name>
        <message>
            <location filename="../../app/ui/_numbers_view.py" line="+33" />
            <source>Numéros</source>
            <extracomment>Default widths of the columns that need more than the default. The user showed or hid a column, or reset them (the window saves the header state).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>Colonnes</source>
            <extracomment>Columns the user wants shown (by key); a configuration column shows only once available.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Configuration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Colonnes par défaut</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../app/ui/preferences.py" line="+78" />
            <source>Préférences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Serveur par défaut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Démo intégrée (données d'exemple, sans connexion)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cliqphone (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Autre adresse :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Adresse de l'autre serveur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Adresse complète du serveur, commençant par https:// ou http://</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Proposé à l'ouverture de la fenêtre de connexion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Apparence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Langue du système</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>La nouvelle langue s'applique au prochain démarrage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Langue :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Système</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sombre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>S'applique immédiatement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Thème :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Modifications groupées et médias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Nombre de numéros envoyés au serveur en même temps lors d'une modification groupée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Envois &amp;simultanés :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source> Mo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Place maximale des médias téléchargés gardés sur ce poste pour les réécouter sans attendre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Vider le cache</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Supprime les médias téléchargés (ils seront téléchargés à nouveau)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Cache des &amp;médias :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Journaux</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Dossier des journaux</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dossier des journaux de l'application (à joindre à une demande d'aide)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ouvrir le dossier des journaux</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Saisissez une adresse complète, par exemple https://api.exemple.fr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>(indisponible)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 Mo utilisés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Impossible d'ouvrir le dossier : copiez son chemin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Préférences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serveur par défaut, langue, thème, cache des médias, journaux</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <location filename="../../app/ui/editing/_preview.py" line="-146" />
            <source>Aperçu des modifications</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&lt;b&gt;%n numéro(s) seront modifiés.&lt;/b&gt;</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n numéro(s) ont déjà ces valeurs : ils ne seront pas envoyés.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>⚠ %n numéro(s) avec un changement à risque (en orange).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n ligne(s) ne seront pas envoyées (voir l'onglet « Problèmes »).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Colonnes non lues : %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n numéro(s) ont été modifiés depuis sur le serveur (conflits).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Modifications (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Problèmes (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Conflits (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Annuler aussi les numéros modifiés depuis (leurs valeurs actuelles seront remplacées)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+76" />
            <source>Numéro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-76" />
            <source>Pourquoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Impossible (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Annuler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Appliquer</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+22" />
            <source>Appliquer à %n numéro(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rien à envoyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+47" />
            <source>Numéro / champ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-47" />
            <source>Avant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Après</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Attention</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n champ(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ligne %1 du fichier</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>… et %n autre(s) numéro(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Ligne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Colonne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Valeur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Problème</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Nous avions mis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sur le serveur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Serait remis à</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunDialog</name>
        <message>
            <location filename="../../app/ui/editing/_run.py" line="+160" />
            <source>Envoi des modifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Seulement les échecs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Annuler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>N'envoie plus de nouvelles modifications ; celles en cours se terminent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Réessayer les échecs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Renvoie seulement les modifications refusées ou en échec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reprendre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Continue l'envoi là où il s'est arrêté</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fermer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+108" />
            <source>%1 / %2 envoyées</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n réussie(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n échec(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n non envoyée(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prêt à envoyer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Envoi en cours… La fenêtre principale reste utilisable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>En pause : votre session a expiré. Reconnectez-vous pour continuer ; rien n'est perdu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Annulation : plus rien de nouveau n'est envoyé ; les envois en cours se terminent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Terminé.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Annulé : les modifications non envoyées ne l'ont pas été.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Interrompu : reconnectez-vous puis cliquez sur « Reprendre ». Rien n'est perdu.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Terminé avec %n échec(s). Corrigez si besoin, puis « Réessayer les échecs ».</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>TimeEdit</name>
        <message>
            <location filename="../../app/ui/editing/_widgets.py" line="-206" />
            <source>Choisir une heure</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ZoneBrowser</name>
        <message>
            <location filename="../../app/ui/_zones.py" line="+233" />
            <source>Zones</source>
            <extracomment>The user picked a zone ("" for all zones).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+78" />
            <source>Chargement des détails…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ZoneDetails</name>
        <message>
            <location line="-136" />
            <source>Détails de la zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Nom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Préfixe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>État</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Numéros</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Toutes les zones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Inactive</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ZonesModel</name>
        <message>
            <location line="-89" />
            <source>Toutes les zones</source>
            <extracomment>The zone code of a row ("" for « Toutes les zones »).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Les numéros de toutes les zones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Code : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Préfixe : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pays : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Type : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>État : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Inactive</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n numéro(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Préfixe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Numéros</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nom de la zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Préfixe téléphonique</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Code de la zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Nombre de numéros de votre société</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <location filename="../../app/ui/editing/_dialogs.py" line="-150" />
            <source>Annuler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fermer sans enregistrer (Échap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Enregistrer (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Abandonner les modifications ?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Vous avez modifié ce formulaire. Fermer sans enregistrer ?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fermer sans enregistrer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Continuer la saisie</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Nullable</name>
        <message>
            <location filename="../../app/ui/editing/_widgets.py" line="-42" />
            <source>aucune — choisir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Effacer (aucune valeur)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Effacer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Editing</name>
        <message>
            <source>%1 ligne(s) exportée(s) vers %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n modification(s) n'ont pas été envoyées ou n'ont pas reçu de réponse (sur %1). Voulez-vous reprendre l'envoi ?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n modification(s) à envoyer, %1 à la fois.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n numéro(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Exporter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Historique</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Importer des modifications…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Modifier…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nouveau numéro…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(vide)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>100 caractères au plus.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>255 caractères au plus.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Abandonner</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Actif</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adresse e-mail non valide (exemple : prenom.nom@societe.fr).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajouter un numéro (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annulation</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Annulation des modifications</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Annuler des modifications</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Appels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appels entrants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appels sortants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appliquer les modifications d'un fichier CSV ou Excel, après aperçu (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Campagne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce champ ne peut pas être vidé.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce média n'existe pas, est inactif ou n'est pas du bon type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce numéro existe déjà (il appartient à un autre numéro ou à un autre client).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce numéro figure déjà sur une ligne précédente : ligne ignorée.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce numéro n'est plus dans la liste de votre société.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce numéro n'existe pas dans le plan de numérotation : vérifiez-le.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cette modification n'avait pas été appliquée.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisissez actif ou inactif.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisissez oui ou non.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisissez parallèle ou séquentiel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisissez répondeur ou renvoi.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisissez un message de la liste.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisissez une musique de la liste.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisissez une zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classeur Excel (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cochez au moins un jour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Combien de secondes le téléphone sonne avant le répondeur (0 à 300).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date non valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De 2 à 20 caractères (ou vide).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dernier jour du renvoi. Laissez vide pour un renvoi sans fin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Des modifications sont en cours d'envoi. Attendez la fin ou cliquez sur « Annuler » dans la fenêtre d'envoi avant de quitter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Di</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Durée de sonnerie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Début du renvoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Déjà annulée.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Désactivé, le numéro ne peut plus être appelé.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Désactivé, on ne peut plus appeler depuis ce numéro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail du porteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En attente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enregistrement des appels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enregistrer les appels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enregistrer les lignes et colonnes affichées en CSV ou Excel (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entre 0 et 300 secondes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Envoi des modifications</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Envoi en cours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Envoi…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporter les numéros</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fichier CSV pour Excel (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fichiers CSV ou Excel (*.csv *.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fin du renvoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Général</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heure de début</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heure de fin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heure non valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Historique de ce numéro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Horaires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identifiant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import des modifications</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Importer des modifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importer « %1 »</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inactif</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Informations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Je</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jusqu'à quelle heure (après l'heure de début).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'adresse e-mail du porteur : elle reçoit les notifications.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'heure de fin doit être après l'heure de début.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'heure de fin serait avant l'heure de début : le serveur refusera.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La campagne à laquelle le numéro est rattaché (2 à 20 caractères). Laissez vide pour n'en avoir aucune.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de fin ne peut pas précéder la date de début.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La fin du renvoi serait avant son début : le serveur refusera.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La musique que l'appelant entend pendant l'attente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La personne ou le service qui utilise ce numéro (100 caractères au plus).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La zone géographique du numéro (Île-de-France, Nord-Ouest…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier n'a ni colonne « Numéro » ni colonne « Id » : impossible de reconnaître les numéros.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le message d'accueil du répondeur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le message diffusé en boucle (playback).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le message que l'appelant entend en premier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le message qui annonce que l'appel est enregistré.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le numéro de renvoi ne semble pas être un vrai numéro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le numéro de téléphone, tel que vous le composez (01 87 22 44 65) ou au format international (+33 1 87 22 44 65).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le numéro sera désactivé : il ne recevra plus d'appels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le numéro vers lequel les appels sont renvoyés (mode « Renvoi »).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le serveur a déjà les anciennes valeurs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les anciennes valeurs n'étaient pas connues.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les appels entrants seront coupés.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les conversations sont enregistrées (prévenez vos correspondants avec le message d'enregistrement).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les jours où ce réglage s'applique.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les modifications envoyées, et leur annulation (Ctrl+H)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message d'enregistrement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message d'introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message du répondeur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode (répondeur ou renvoi)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode renvoi sans numéro de renvoi : les appels n'aboutiront pas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modification groupée</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Modifications non terminées</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Modifier la &amp;sélection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modifier le numéro sélectionné (Entrée ou double-clic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modifier tous les numéros sélectionnés en une fois (Ctrl+Maj+M) ; sans sélection, tous les numéros affichés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Musique d'attente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nom du porteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Non envoyé</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notification par e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numéro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numéro actif</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numéro de renvoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numéro inconnu : il n'est pas dans la liste de votre société.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obligatoire pour un nouveau numéro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parallèle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parallèle : tous les postes sonnent en même temps.
Séquentiel : ils sonnent l'un après l'autre.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pas de réponse du serveur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Playback</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Plus tard</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Porteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Premier jour du renvoi. Laissez vide pour un renvoi sans date de début.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quand on appelle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refusé</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renvoi d'appel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renvoi du</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Reprendre</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Rien à annuler</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Rien à annuler.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Répondeur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Répondeur : l'appelant entend le message du répondeur.
Renvoi : l'appel sonne sur le numéro de renvoi.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Séquentiel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tous les jours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type de ligne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type de renvoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Téléphone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Téléphone ou fax (ne se choisit qu'à l'ajout).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un ajout ne peut pas être annulé (l'API ne permet pas de supprimer un numéro).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un e-mail est envoyé au porteur à chaque message laissé.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Un envoi de modifications du %1 ne s'est pas terminé.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Un numéro compte de 8 à 15 chiffres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un numéro de renvoi compte de 8 à 15 chiffres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un numéro inactif ne reçoit plus d'appels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Une note libre sur ce numéro (255 caractères au plus).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valeur refusée pour « %1 » : %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>abandonnée</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>annulation de l'envoi n°%1</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>annulée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>au</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>aucun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dimanche</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inachevée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inchangé</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inconnu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>interrompue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>jeudi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lundi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mardi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mercredi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ne pas modifier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>non</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>oui</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>samedi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>terminée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>valeurs différentes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vendredi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À partir de quelle heure le numéro applique ce réglage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Échec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>État</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Appels entrants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appels sortants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun numéro de votre société ne contient ces chiffres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun numéro n'a ce porteur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun numéro n'appartient à cette campagne.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun numéro ne correspond à ce filtre.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun résultat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Campagne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce compte API est inactif.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce compte API est inactif.
Demandez à l'administrateur de votre compte Cliqphone de l'activer, ou utilisez un autre compte.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce message d'enregistrement n'existe pas, est inactif ou n'est pas du bon type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce message d'introduction n'existe pas, est inactif ou n'est pas du bon type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce message de répondeur n'existe pas, est inactif ou n'est pas du bon type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce numéro existe déjà (il appartient à un autre numéro ou à un autre client).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce numéro n'existe pas ou n'appartient pas à votre société.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce numéro n'existe pas ou n'appartient pas à votre société.
Actualisez la liste (F5) : il a peut-être été supprimé.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce playback n'existe pas, est inactif ou n'est pas du bon type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cette musique d'attente n'existe pas, est inactive ou n'est pas du bon type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cette zone n'existe pas : choisissez une zone de fr_01 à fr_05.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cette zone n'existe pas.
Choisissez une zone dans la liste.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compte inactif</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connexion refusée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrigez la valeur et réessayez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrigez le champ « %1 » et réessayez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date de début</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date de fin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demande refusée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Durée de sonnerie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail du porteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enregistrement des appels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erreur du serveur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erreur inattendue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heure de début</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heure de fin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identifiant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identifiant ou mot de passe incorrect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identifiant ou mot de passe incorrect.
Vérifiez-les (majuscules comprises) et réessayez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impossible de joindre le serveur Cliqphone.
Vérifiez votre connexion Internet et l'adresse du serveur, puis réessayez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introuvable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'adresse e-mail du porteur n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'info ne doit pas dépasser 255 caractères.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'état de média demandé n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'état doit être « Actif » ou « Inactif ».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'état du numéro n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La campagne n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La communication avec le serveur a échoué.
Réessayez dans un moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La durée de sonnerie doit être comprise entre 0 et 300 secondes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La musique d'attente n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La notification par e-mail ou le message du répondeur n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La zone n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le choix « Appels entrants » n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le choix « Appels sortants » n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le choix « Enregistrement des appels » n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le choix « Notification par e-mail » n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le code de zone n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le message d'enregistrement n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le message d'introduction n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le mode (répondeur ou renvoi) n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le mode doit être « Répondeur » ou « Renvoi ».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le nom de campagne doit compter de 2 à 20 caractères.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le nom du porteur doit compter de 2 à 20 caractères.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le nom du porteur ne doit pas dépasser 100 caractères.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le nom n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le numéro de renvoi doit compter de 8 à 15 chiffres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le numéro de téléphone n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le numéro doit compter de 8 à 15 chiffres (par exemple 33187224465).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le numéro doit compter de 8 à 15 chiffres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le numéro n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le playback n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le porteur n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le serveur Cliqphone a rencontré une erreur.
Réessayez dans quelques minutes ; si cela continue, contactez le support Cliqphone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le serveur a refusé la connexion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le serveur a refusé la demande.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le serveur a refusé la méthode de la demande.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le serveur a répondu quelque chose qui n'est pas une réponse Cliqphone.
Vérifiez que l'adresse est bien celle d'un serveur Cliqphone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le serveur n'a pas compris la demande.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le serveur n'a pas répondu à temps.
Réessayez dans un moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le serveur ne connaît pas cette adresse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le serveur ne connaît pas l'adresse demandée.
Vérifiez l'adresse du serveur dans la fenêtre de connexion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le serveur ne reconnaît plus votre session.
Reconnectez-vous pour continuer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le serveur ne répond pas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le type de média demandé n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le type de renvoi doit être « Parallèle » ou « Séquentiel ».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le type de renvoi n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le type doit être « Téléphone » ou « Fax ».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le type n'est pas valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les dates ne sont pas valides : la date de début ne doit pas suivre la date de fin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les dates ne sont pas valides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les horaires ne sont pas valides : l'heure de début doit précéder l'heure de fin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les horaires ne sont pas valides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les jours ne sont pas valides : choisissez « Tous les jours » ou des jours de la semaine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les jours ne sont pas valides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message d'enregistrement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message d'introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message du répondeur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode (répondeur ou renvoi)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modifiez ou effacez le filtre.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Musique d'attente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notification par e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numéro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numéro de renvoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opération interrompue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Playback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Porteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problème de communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Réponse incompréhensible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serveur injoignable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session expirée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session non valide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type de renvoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Téléphone ou fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Une erreur inattendue s'est produite ; elle a été enregistrée dans le journal.
Vous pouvez continuer à travailler. Si elle se reproduit, copiez les détails et envoyez-les au support Cliqphone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valeur refusée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre session a expiré.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre session a expiré.
Reconnectez-vous pour continuer : rien de ce que vous faisiez n'est perdu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre session n'est plus valide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vous ne vous êtes pas reconnecté : l'opération en cours a été abandonnée.
Relancez-la (F5 pour actualiser) une fois reconnecté.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vérifiez ce que vous avez saisi, puis réessayez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vérifiez votre identifiant et votre mot de passe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>État</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Media</name>
        <message>
            <source>Message d'enregistrement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message d'introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Musique d'attente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play-back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Répondeur</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MediaFeature</name>
        <message>
            <source>Afficher ou masquer le panneau des médias (Ctrl+Maj+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce numéro n'a aucun média à écouter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Médias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Écouter le parcours d'appel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Écouter les médias du numéro dans l'ordre où l'appelant les entend</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MediaPlayer</name>
        <message>
            <source>Impossible de télécharger « %1 » : le fichier n'existe plus sur le serveur (erreur 404).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impossible de télécharger « %1 » : le serveur a rencontré un problème. Réessayez dans un moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impossible de télécharger « %1 » : le serveur ne répond pas. Vérifiez votre connexion réseau, puis réessayez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ce média</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>« %1 » n'est pas un fichier audio : le serveur a envoyé autre chose (une page d'erreur, par exemple). Signalez-le à Cliqphone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>« %1 » ne peut pas être lu : le fichier audio est endommagé ou dans un format inconnu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>« %1 » ne peut pas être lu.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NumbersModel</name>
        <message>
            <source>%1 (configuration du numéro)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actif</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appels entrants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appels sortants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun numéro affiché ne correspond à « %1 ».
Effacez la recherche (Échap).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Campagne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail du porteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enregistrement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Horaires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inactif</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message d'enregistrement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message d'introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message du répondeur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Musique d'attente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Non</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notification e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numéro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numéro de renvoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oui</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parallèle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Playback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Porteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Période de renvoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renvoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Répondeur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sonnerie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Séquentiel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tous les jours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type de renvoi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Téléphone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>jusqu'à %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>média n° %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>État</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>à partir de %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WaveformView</name>
        <message>
            <source>Aucun média</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forme d'onde : cliquez pour aller à cet endroit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forme d'onde du média</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
