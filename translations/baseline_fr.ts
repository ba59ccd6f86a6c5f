<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgenciesCard</name>
    <message>
        <location filename="../qml/AgenciesCard.qml" line="+13"/>
        <source>National police service</source>
        <translation>Service de police national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional command</source>
        <translation>Commandement régional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Poste de police</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Agencies and assessments</source>
        <translation>Organismes et évaluations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No agencies yet. Add the agency you are assessing, then an assessment of it.</source>
        <translation>Aucun organisme pour l&apos;instant. Ajoutez l&apos;organisme que vous évaluez, puis une évaluation de celui-ci.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>part of %1</source>
        <translation>relève de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+98"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+98"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+3"/>
        <source>Agency name</source>
        <translation>Nom de l&apos;organisme</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind of agency</source>
        <translation>Type d&apos;organisme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no parent agency)</source>
        <translation>(aucun organisme de rattachement)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parent agency</source>
        <translation>Organisme de rattachement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add agency</source>
        <translation>Ajouter l&apos;organisme</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+136"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+138"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Agency assessed</source>
        <translation>Organisme évalué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title, e.g. Baseline assessment 2026</source>
        <translation>Titre, p. ex. Évaluation de référence 2026</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From YYYY-MM-DD</source>
        <translation>Du AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To YYYY-MM-DD</source>
        <translation>Au AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target sample (interviews)</source>
        <translation>Échantillon visé (entretiens)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target sample: how many interviews are planned</source>
        <translation>Échantillon visé&#xa0;: nombre d&apos;entretiens prévus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instruments (none ticked: all)</source>
        <translation>Instruments (aucun coché&#xa0;: tous)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add assessment</source>
        <translation>Ajouter l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../qml/ConsentPage.qml" line="+35"/>
        <source>Read this to the respondent:</source>
        <translation>Lisez ce texte à la personne interrogée&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The respondent agrees</source>
        <translation>La personne interrogée accepte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The respondent declines</source>
        <translation>La personne interrogée refuse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../qml/CreatePage.qml" line="+38"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a new workspace</source>
        <translation>Créer un espace de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every answer is encrypted with this passphrase. Nobody can recover it for you: without it the answers cannot be read, so keep it somewhere safe.</source>
        <translation>Chaque réponse est chiffrée avec cette phrase secrète. Personne ne pourra la retrouver pour vous&#xa0;: sans elle, les réponses sont illisibles. Conservez-la donc en lieu sûr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type it again</source>
        <translation>Saisissez-la une seconde fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Create workspace</source>
        <translation>Créer l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/DashboardPage.qml" line="+22"/>
        <source>suppressed: too few respondents</source>
        <translation>masqué&#xa0;: trop peu de répondants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreliable: too few cases</source>
        <translation>peu fiable&#xa0;: trop peu de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpret with caution</source>
        <translation>à interpréter avec prudence</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the workspace</source>
        <translation>Retour à l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap report</source>
        <translation>Rapport d’écarts</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Agency</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agency to report on</source>
        <translation>Service sur lequel porte le rapport</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No completed interviews yet for this agency and the units below it.</source>
        <translation>Aucun entretien terminé pour l’instant pour ce service et les unités qui en dépendent.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n completed interview(s), this agency and the units below it.</source>
        <translation>
            <numerusform>%n entretien terminé, pour ce service et les unités qui en dépendent.</numerusform>
            <numerusform>%n entretiens terminés, pour ce service et les unités qui en dépendent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with a design weight.</source>
        <translation>
            <numerusform>%n avec une pondération.</numerusform>
            <numerusform>%n avec une pondération.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unweighted.</source>
        <translation>Sans pondération.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Report for partners</source>
        <translation>Rapport pour les partenaires</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML (one file)</source>
        <translation>HTML (un seul fichier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (every estimate)</source>
        <translation>CSV (toutes les estimations)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to write the report into</source>
        <translation>Dossier où écrire le rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate report</source>
        <translation>Produire le rapport</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Largest gaps against targets</source>
        <translation>Plus grands écarts par rapport aux cibles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How far each indicator is from its target, as a share of the way from the worst value to the target. Only estimates reliable enough to act on.</source>
        <translation>Distance de chaque indicateur à sa cible, en part du chemin entre la pire valeur et la cible. Seules les estimations assez fiables pour agir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chart of the largest gaps against targets</source>
        <translation>Graphique des plus grands écarts par rapport aux cibles</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recommended services</source>
        <translation>Services recommandés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No service recommended: no rule fired on an estimate reliable enough to act on.</source>
        <translation>Aucun service recommandé&#xa0;: aucune règle ne s’est déclenchée sur une estimation assez fiable pour agir.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Priority %1 · %n piece(s) of evidence</source>
        <translation>
            <numerusform>Priorité %1 · %n élément de preuve</numerusform>
            <numerusform>Priorité %1 · %n éléments de preuve</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 (target %3). %4</source>
        <translation>%1&#xa0;: %2 (cible %3). %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too uncertain to judge: %1</source>
        <translation>Trop incertain pour en juger&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change between two assessments</source>
        <translation>Évolution entre deux évaluations</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Baseline assessment</source>
        <translation>Évaluation de référence</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up assessment</source>
        <translation>Évaluation de suivi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop comparing</source>
        <translation>Arrêter la comparaison</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>too few respondents in one assessment</source>
        <translation>trop peu de répondants dans l’une des évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreliable in one assessment</source>
        <translation>peu fiable dans l’une des évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change</source>
        <translation>une évolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change the samples can tell from none</source>
        <translation>aucune évolution que les échantillons distinguent de zéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimate with its 95% interval (band) and target (line).</source>
        <translation>Estimation avec son intervalle à 95 % (bande) et la cible (trait).</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+84"/>
        <source>suppressed</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>The follow-up minus the baseline, with its 95% interval. It is called a change only when the interval excludes zero and both estimates are reliable. PDF and HTML reports written while a comparison is shown include it.</source>
        <translation>La mesure de suivi moins la mesure de référence, avec son intervalle à 95 %. On ne parle d’évolution que si l’intervalle exclut zéro et que les deux estimations sont fiables. Les rapports PDF et HTML produits pendant qu’une comparaison est affichée l’incluent.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
</context>
<context>
    <name>DecoyPage</name>
    <message>
        <location filename="../qml/DecoyPage.qml" line="+19"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shopping: rice, tea, soap, batteries.
Call the school about Thursday.
Bus at 7:40.</source>
        <translation>Courses&#xa0;: riz, thé, savon, piles.
Appeler l&apos;école pour jeudi.
Bus à 7 h 40.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/HomePage.qml" line="+21"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores, gaps and recommended services per agency</source>
        <translation>Scores, écarts et services recommandés par service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and receive packages, and the team</source>
        <translation>Envoyer et recevoir des paquets, et gérer l&apos;équipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the workspace</source>
        <translation>Verrouiller l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lock after this many minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes without use before the workspace locks</source>
        <translation>Minutes d&apos;inactivité avant le verrouillage de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No interviews yet. Start one below.</source>
        <translation>Aucun entretien pour l&apos;instant. Commencez-en un ci-dessous.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search: instrument, assessment, date</source>
        <translation>Rechercher&#xa0;: instrument, évaluation, date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search interviews</source>
        <translation>Rechercher des entretiens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalized</source>
        <translation>Finalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting copies</source>
        <translation>Copies en conflit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show interviews with this status</source>
        <translation>Afficher les entretiens dans cet état</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n interview(s) match</source>
        <translation>
            <numerusform>%n entretien correspond</numerusform>
            <numerusform>%n entretiens correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 · %2 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n réponse</numerusform>
            <numerusform>%1 · %2 · %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finalized</source>
        <translation>finalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicting copies from two devices: review before use</source>
        <translation>Copies en conflit venant de deux appareils&#xa0;: à examiner avant usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered and removed from this device</source>
        <translation>Remis et supprimé de cet appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from an assessor (read only)</source>
        <translation>Reçu d&apos;un évaluateur (lecture seule)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start an interview</source>
        <translation>Commencer un entretien</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not part of an assessment)</source>
        <translation>(ne relève d&apos;aucune évaluation)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessment the new interview belongs to</source>
        <translation>Évaluation dont relève le nouvel entretien</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start %1</source>
        <translation>Commencer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../qml/InterviewPage.qml" line="+52"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Draft translation</source>
        <translation>Traduction provisoire</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interview language</source>
        <translation>Langue de l&apos;entretien</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+250"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Exit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick exit: hide this screen at once</source>
        <translation>Sortie rapide&#xa0;: masquer cet écran immédiatement</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Go to section</source>
        <translation>Aller à la section</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 answered</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The next questions are for the respondent to answer alone. Explain how to answer, then hand over the device: earlier answers stay hidden until you take it back.</source>
        <translation>Les questions suivantes sont à remplir par la personne interrogée seule. Expliquez comment répondre, puis remettez-lui l’appareil : les réponses précédentes restent masquées jusqu’à ce que vous le repreniez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you. Please give the device back to the interviewer.</source>
        <translation>Merci. Veuillez rendre l’appareil à l’enquêteur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand over</source>
        <translation>Remettre l’appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interviewer: unlock to continue</source>
        <translation>Enquêteur : déverrouiller pour continuer</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>1 – 9</source>
        <translation>1 – 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pick a choice</source>
        <translation>choisir une option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>save and go on</source>
        <translation>enregistrer et continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add an entry to a list of people or places; elsewhere, go on</source>
        <translation>ajouter une entrée à une liste de personnes ou de lieux&#xa0;; ailleurs, continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Enter or Alt+Left</source>
        <translation>Shift+Enter ou Alt+←</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>go back</source>
        <translation>revenir en arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape twice</source>
        <translation>Esc deux fois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quick exit: hide the interview at once</source>
        <translation>sortie rapide&#xa0;: masquer l&apos;entretien immédiatement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this list</source>
        <translation>cette liste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+16"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../qml/PassphraseField.qml" line="+42"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../qml/QuestionView.qml" line="+113"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This device cannot record a %1 answer yet; leave it and go on.</source>
        <translation>Cet appareil ne peut pas encore enregistrer de réponse de type %1&#xa0;; laissez cette question et continuez.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/core/scoring/report.cpp" line="+82"/>
        <source>national service</source>
        <translation>service national</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regional command</source>
        <translation>commandement régional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station</source>
        <translation>commissariat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>suppressed (fewer respondents than the disclosure threshold)</source>
        <translation>masqué (moins de répondants que le seuil de confidentialité)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interpret with caution: %1</source>
        <translation>à interpréter avec prudence&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreliable: %1</source>
        <translation>peu fiable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+177"/>
        <location line="+102"/>
        <source>Change: %1 → %2</source>
        <translation>Évolution&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1 and %2 interviews. The change is the follow-up minus the baseline, with its 95% interval (MOVER; Newcombe&apos;s method for proportions); it is called a change only when the interval excludes zero and both estimates are reliable.</source>
        <translation>%1 et %2 entretiens. L’évolution est la mesure de suivi moins la mesure de référence, avec son intervalle à 95 % (MOVER&#xa0;; méthode de Newcombe pour les proportions)&#xa0;; on ne parle d’évolution que si l’intervalle exclut zéro et que les deux estimations sont fiables.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+216"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Change [95% interval]</source>
        <translation>Évolution [intervalle à 95 %]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>suppressed in one assessment</source>
        <translation>masqué dans l’une des évaluations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreliable in one assessment</source>
        <translation>peu fiable dans l’une des évaluations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a change</source>
        <translation>une évolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change the samples can tell from none</source>
        <translation>aucune évolution que les échantillons distinguent de zéro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>change %1</source>
        <translation>évolution %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 indicators measured in only one of the two assessments are not compared.</source>
        <translation>%1 indicateurs mesurés dans une seule des deux évaluations ne sont pas comparés.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Gap report: %1</source>
        <translation>Rapport d’écarts&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 interviews scored · generated %2</source>
        <translation>%1 entretiens pris en compte · produit le %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Recommended services</source>
        <translation>Services recommandés</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Indicators:</source>
        <translation>Indicateurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+163"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>No rule was triggered by a reliable estimate.</source>
        <translation>Aucune règle n’a été déclenchée par une estimation fiable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and %1 more indicators (see the HTML or CSV report)</source>
        <translation>et %1 autres indicateurs (voir le rapport HTML ou CSV)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+63"/>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Too uncertain to judge (fewer than 30 effective cases, or suppressed):</source>
        <translation>Trop incertain pour en juger (moins de 30 cas effectifs, ou masqué)&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall estimates. Breakdowns (by sex, age group, region, unit, …) are in the HTML and CSV reports.</source>
        <translation>Estimations d’ensemble. Les ventilations (par sexe, âge, région, unité…) figurent dans les rapports HTML et CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+43"/>
        <source>%1 interviews</source>
        <translation>%1 entretiens</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+50"/>
        <source>suppressed: fewer respondents than the disclosure threshold</source>
        <translation>masqué&#xa0;: moins de répondants que le seuil de confidentialité</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+50"/>
        <source>top need: %1 (MWDS %2)</source>
        <translation>besoin principal&#xa0;: %1 (MWDS %2)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>gap %1%</source>
        <translation>écart %1 %</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Completed and finalized interviews only; answers hidden by skip logic are never counted. Proportions: Wilson score interval (unweighted) or Korn–Graubard (weighted); means and scales: t interval; rates per 1,000 with series incidents capped where the indicator says so. Estimates on fewer than 30 effective cases are flagged unreliable and never lead to a recommendation; 30–59 cases, a relative standard error of 30% or more, or a proportion interval wider than 20 points are marked &quot;interpret with caution&quot;. Any figure from fewer than %1 respondents (%2 for sensitive instruments) is suppressed, with complementary suppression within each breakdown so it cannot be worked out from the others. Gap = shortfall from the target divided by the distance from the target to the worst plausible value; priority = severity × gap.</source>
        <translation>Seuls les entretiens terminés et finalisés comptent&#xa0;; les réponses masquées par les filtres ne sont jamais comptées. Proportions&#xa0;: intervalle de score de Wilson (sans pondération) ou de Korn–Graubard (avec pondération)&#xa0;; moyennes et échelles&#xa0;: intervalle de Student&#xa0;; taux pour 1 000 avec plafonnement des incidents en série lorsque l’indicateur le prévoit. Les estimations portant sur moins de 30 cas effectifs sont signalées comme peu fiables et ne conduisent jamais à une recommandation&#xa0;; de 30 à 59 cas, une erreur type relative de 30 % ou plus, ou un intervalle de proportion de plus de 20 points sont signalés «&#xa0;à interpréter avec prudence&#xa0;». Tout chiffre issu de moins de %1 répondants (%2 pour les instruments sensibles) est masqué, avec un masquage complémentaire dans chaque ventilation pour qu’il ne puisse pas être déduit des autres. Écart = manque par rapport à la cible divisé par la distance entre la cible et la pire valeur plausible&#xa0;; priorité = gravité × écart.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No design weights: every interview counts once.</source>
        <translation>Pas de pondération&#xa0;: chaque entretien compte une fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design weights from the assessments: %1 of the %2 interviews carry one (the others count 1); effective sample sizes are Kish&apos;s.</source>
        <translation>Pondérations issues des évaluations&#xa0;: %1 des %2 entretiens en ont une (les autres comptent 1)&#xa0;; tailles d’échantillon effectives de Kish.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details: docs/statistics.md and docs/scoring.md.</source>
        <translation>Détails&#xa0;: docs/statistics.md et docs/scoring.md.</translation>
    </message>
    <message>
        <location filename="../app/core/scoring/statistics.cpp" line="+534"/>
        <source>no estimate (n = %1)</source>
        <translation>pas d’estimation (n = %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effective sample size %1 is below %2</source>
        <translation>taille d’échantillon effective de %1, inférieure à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample size %1 is below %2</source>
        <translation>taille d’échantillon de %1, inférieure à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>relative standard error %1% is %2% or more</source>
        <translation>erreur type relative de %1 %, soit %2 % ou plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1% confidence interval is %2 percentage points wide (over %3)</source>
        <translation>l’intervalle de confiance à %1 % a une largeur de %2 points de pourcentage (plus de %3)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../qml/ReviewPage.qml" line="+28"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: %1</source>
        <translation>Vérification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This interview is finalized and can no longer be changed.</source>
        <translation>Cet entretien est finalisé et ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every question that needs an answer has one.</source>
        <translation>Toutes les questions qui exigent une réponse en ont une.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) still need attention:</source>
        <translation>
            <numerusform>%n point reste à traiter&#xa0;:</numerusform>
            <numerusform>%n points restent à traiter&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finalize the interview</source>
        <translation>Finaliser l&apos;entretien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the questions</source>
        <translation>Retour aux questions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: hide this screen at once</source>
        <translation>Sortie rapide&#xa0;: masquer cet écran immédiatement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finalize?</source>
        <translation>Finaliser&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers hidden by skip logic are deleted, and no answer can be changed afterwards.</source>
        <translation>Les réponses masquées par les sauts de questions seront supprimées, et plus aucune réponse ne pourra être modifiée.</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message numerus="yes">
        <location filename="../qml/RosterView.qml" line="+35"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not answered yet)</source>
        <translation>(pas encore de réponse)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove this entry?</source>
        <translation>Retirer cette entrée&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its answers are kept until the interview is finalized, and it can be restored until then.</source>
        <translation>Ses réponses sont conservées jusqu&apos;à la finalisation de l&apos;entretien&#xa0;; d&apos;ici là, elle peut être rétablie.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../qml/SyncPage.qml" line="+17"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purged</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the workspace</source>
        <translation>Retour à l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity files (*.json)</source>
        <translation>Fichiers d&apos;identité (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoke %1?</source>
        <translation>Révoquer l&apos;appareil %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages signed by this device will be refused from now on, even ones written before. A revoked device cannot be enrolled again.</source>
        <translation>Les paquets signés par cet appareil seront désormais refusés, même ceux créés auparavant. Un appareil révoqué ne peut plus être inscrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+241"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fingerprint: read it aloud to the person who enrols this device, and compare theirs the same way.</source>
        <translation>Empreinte&#xa0;: lisez-la à voix haute à la personne qui inscrit cet appareil, et comparez la sienne de la même façon.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fingerprint %1</source>
        <translation>Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder (USB stick or shared folder)</source>
        <translation>Dossier (clé USB ou dossier partagé)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for package files</source>
        <translation>Dossier des fichiers de paquets</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+168"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import packages</source>
        <translation>Importer les paquets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write receipts</source>
        <translation>Créer les accusés de réception</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save team file</source>
        <translation>Enregistrer le fichier d&apos;équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save my identity file</source>
        <translation>Enregistrer mon fichier d&apos;identité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export all interviews again</source>
        <translation>Exporter à nouveau tous les entretiens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the coordinator&apos;s workspace</source>
        <translation>Ceci est l&apos;espace de travail du coordinateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove delivered interviews from this device</source>
        <translation>Supprimer de cet appareil les entretiens remis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody enrolled yet. An assessor enrols the coordinator&apos;s team file; the coordinator enrols each assessor&apos;s identity file. Compare fingerprints aloud before enrolling.</source>
        <translation>Personne n&apos;est inscrit pour l&apos;instant. L&apos;évaluateur inscrit le fichier d&apos;équipe du coordinateur&#xa0;; le coordinateur inscrit le fichier d&apos;identité de chaque évaluateur. Comparez les empreintes à voix haute avant l&apos;inscription.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assessor</source>
        <translation>évaluateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoke %1</source>
        <translation>Révoquer l&apos;appareil %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity or team file</source>
        <translation>Fichier d&apos;identité ou d&apos;équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity or team file to enrol</source>
        <translation>Fichier d&apos;identité ou d&apos;équipe à inscrire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing sent or received yet.</source>
        <translation>Rien n&apos;a encore été envoyé ni reçu.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/UnlockPage.qml" line="+35"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock workspace</source>
        <translation>Déverrouiller l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>baseline::DashboardController</name>
    <message>
        <location filename="../app/bridge/dashboardcontroller.cpp" line="+141"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring %1 of %2 interviews…</source>
        <translation>Calcul&#xa0;: entretien %1 sur %2…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Unknown report format: %1</source>
        <translation>Format de rapport inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder that exists: %1</source>
        <translation>Choisissez un dossier existant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an agency first.</source>
        <translation>Choisissez d’abord un service.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not score the interviews: %1</source>
        <translation>Impossible de calculer les scores des entretiens&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not build the report: %1</source>
        <translation>Impossible de construire le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+59"/>
        <source>Could not compare the assessments: %1</source>
        <translation>Impossible de comparer les évaluations&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Could not write %1: %2. Nothing was saved; check the folder and the free space.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2. Rien n’a été enregistré&#xa0;; vérifiez le dossier et l’espace libre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report written: %1</source>
        <translation>Rapport écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report written without the comparison (%1): %2</source>
        <translation>Rapport écrit sans la comparaison (%1) : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workspace is locked</source>
        <translation>l’espace de travail est verrouillé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait until the agency is scored, then compare.</source>
        <translation>Attendez que l’organisme soit évalué, puis comparez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose two different assessments: a baseline and a follow-up.</source>
        <translation>Choisissez deux évaluations différentes&#xa0;: une de référence et une de suivi.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 [%2 to %3]</source>
        <translation>%1 [%2 à %3]</translation>
    </message>
</context>
<context>
    <name>baseline::InterviewController</name>
    <message>
        <location filename="../app/bridge/interviewcontroller.cpp" line="+84"/>
        <source>Some instruments of the library could not be installed: %1</source>
        <translation>Certains instruments de la bibliothèque n&apos;ont pas pu être installés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Give the agency a name and a kind.</source>
        <translation>Indiquez le nom et le type de l&apos;organisme.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An agency cannot be part of itself or of one of its own units.</source>
        <translation>Un organisme ne peut pas relever de lui-même ni de l&apos;une de ses propres unités.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>An assessment needs an agency, a title and a period written YYYY-MM-DD.</source>
        <translation>Une évaluation doit comporter un organisme, un titre et une période au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts.</source>
        <translation>La date de fin de la période précède sa date de début.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one instrument for the assessment.</source>
        <translation>Choisissez au moins un instrument pour l&apos;évaluation.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>No interview is open.</source>
        <translation>Aucun entretien n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Answer the question above, or record &quot;don&apos;t know&quot; or &quot;refused&quot; where offered, before going on.</source>
        <translation>Avant de continuer, répondez à la question ci-dessus ou, si ces options sont proposées, indiquez «&#xa0;Ne sait pas&#xa0;» ou «&#xa0;Refuse de répondre&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the answer above before going on.</source>
        <translation>Corrigez la réponse ci-dessus avant de continuer.</translation>
    </message>
    <message>
        <location line="+303"/>
        <location line="+125"/>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Refused</source>
        <translation>Refuse de répondre</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+15"/>
        <location line="+81"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+15"/>
        <location line="+81"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — entry %2</source>
        <translation>%1 — entrée %2</translation>
    </message>
</context>
<context>
    <name>baseline::SyncController</name>
    <message>
        <location filename="../app/bridge/synccontroller.cpp" line="+141"/>
        <source>The workspace is locked.</source>
        <translation>L&apos;espace de travail est verrouillé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <location line="+82"/>
        <source>Choose a folder that exists: %1</source>
        <translation>Choisissez un dossier existant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Could not write %1 (%2).</source>
        <translation>Impossible d&apos;écrire %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1. Read your fingerprint to the other side when they enrol it.</source>
        <translation>%1 a été enregistré. Lisez votre empreinte à l&apos;autre partie lorsqu&apos;elle inscrira ce fichier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read %1 (%2).</source>
        <translation>Impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrolled %1. Check that this fingerprint is the one they read to you: %2</source>
        <translation>Inscription de %1 effectuée. Vérifiez que cette empreinte est bien celle que l&apos;autre partie vous a lue&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revoked. Packages from that device will be refused.</source>
        <translation>Appareil révoqué. Les paquets provenant de cet appareil seront refusés.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Wrote %n interview(s) to %1.</source>
        <translation>
            <numerusform>%n entretien écrit dans %1.</numerusform>
            <numerusform>%n entretiens écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No package files there (they end in .blnpkg).</source>
        <translation>Aucun fichier de paquet à cet endroit (leur nom se termine par .blnpkg).</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>All %n package(s) imported.</source>
        <translation>
            <numerusform>%n paquet importé.</numerusform>
            <numerusform>Les %n paquets ont tous été importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n package(s) refused; nothing from them was applied.</source>
        <translation>
            <numerusform>%n paquet refusé&#xa0;; rien n&apos;en a été appliqué.</numerusform>
            <numerusform>%n paquets refusés&#xa0;; rien n&apos;en a été appliqué.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import result packages first: receipts confirm what was imported.</source>
        <translation>Importez d&apos;abord les paquets de résultats&#xa0;: les accusés de réception confirment ce qui a été importé.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Wrote %n receipt(s). Give each assessor theirs.</source>
        <translation>
            <numerusform>%n accusé de réception créé. Remettez à chaque évaluateur le sien.</numerusform>
            <numerusform>%n accusés de réception créés. Remettez à chaque évaluateur le sien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Removed the answers of %n delivered interview(s) from this device.</source>
        <translation>
            <numerusform>Les réponses de %n entretien remis ont été supprimées de cet appareil.</numerusform>
            <numerusform>Les réponses de %n entretiens remis ont été supprimées de cet appareil.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baseline::WorkspaceController</name>
    <message numerus="yes">
        <location filename="../app/bridge/workspacecontroller.cpp" line="+46"/>
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Verrouillé après %n minute d&apos;inactivité.</numerusform>
            <numerusform>Verrouillé après %n minutes d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked because the app was sent to the background.</source>
        <translation>Verrouillé, car l&apos;application est passée en arrière-plan.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Use four or more unrelated words, or at least %1 characters.</source>
        <translation>Utilisez au moins quatre mots sans rapport entre eux, ou au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too short: at least %1 characters.</source>
        <translation>Trop courte&#xa0;: au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weak: add more words or characters.</source>
        <translation>Faible&#xa0;: ajoutez des mots ou des caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Moyenne&#xa0;: quelques mots de plus la rendraient robuste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes ne correspondent pas. Saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>La phrase secrète est trop courte&#xa0;: utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the workspace passphrase.</source>
        <translation>Saisissez la phrase secrète de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Locked.</source>
        <translation>Verrouillé.</translation>
    </message>
</context>
</TS>
