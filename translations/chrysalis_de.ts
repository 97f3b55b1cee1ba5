<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Chrysalis::AnswerTableModel</name>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (noch nicht gesendet)</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>Answers not reviewed within %1 of submission are approved and paid automatically.</source>
        <translation>Antworten, die nicht innerhalb von %1 nach dem Einreichen geprüft werden, werden automatisch angenommen und bezahlt.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Auto-approval</source>
        <translation>Auto-Annahme</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Vergütung</translation>
    </message>
</context>
<context>
    <name>Chrysalis::AnswerViewer</name>
    <message>
        <source>No spans labelled.</source>
        <translation>Keine Abschnitte markiert.</translation>
    </message>
    <message>
        <source>Select an answer to see it against the form.</source>
        <translation>Wählen Sie eine Antwort, um sie mit dem Formular zu vergleichen.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 %2 on a scale of %3 to %4</source>
        <translation>%1 %2 auf einer Skala von %3 bis %4</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Prefers response A</source>
        <translation>Bevorzugt Antwort A</translation>
    </message>
    <message>
        <source>Prefers response B</source>
        <translation>Bevorzugt Antwort B</translation>
    </message>
    <message>
        <source>A tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
</context>
<context>
    <name>Chrysalis::AppearanceSection</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>The colours of the client. Apply or OK changes them at once; no restart needed.</source>
        <translation>Die Farben des Clients. „Anwenden“ oder „OK“ ändert sie sofort; kein Neustart nötig.</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ArbiterCalibrationFigures</name>
    <message>
        <source>no panels counted yet</source>
        <translation>noch keine Gremien gezählt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln panel(s) agreed; estimated %2, likely between %3 and %4</source>
        <translation>
            <numerusform>Übereinstimmung in %1 von %Ln Gremium; geschätzt %2, wahrscheinlich zwischen %3 und %4</numerusform>
            <numerusform>Übereinstimmung in %1 von %Ln Gremien; geschätzt %2, wahrscheinlich zwischen %3 und %4</numerusform>
        </translation>
    </message>
    <message>
        <source>How often your votes matched the other arbiters&apos; majority on closed panels, and the gold key on panels about test items. Ties and lone votes are not counted; with few panels the range is wide.</source>
        <translation>Wie oft Ihre Stimmen in abgeschlossenen Gremien mit der Mehrheit der anderen Schlichter übereinstimmten und in Gremien zu Kontrollfragen mit deren Lösung. Gleichstände und einzelne Stimmen zählen nicht; bei wenigen Gremien ist die Spanne groß.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ArbitrationText</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Ignored the instructions</source>
        <translation>Anweisungen missachtet</translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation>Falsche Antwort</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Low effort or spam</source>
        <translation>Geringer Aufwand oder Spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected, panel open</source>
        <translation>Abgelehnt, Gremium offen</translation>
    </message>
    <message>
        <source>Settled by a panel</source>
        <translation>Vom Gremium entschieden</translation>
    </message>
    <message>
        <source>Worker fault</source>
        <translation>Fehler des Bearbeiters</translation>
    </message>
    <message>
        <source>Requester fault</source>
        <translation>Fehler des Auftraggebers</translation>
    </message>
    <message>
        <source>Your account is suspended.</source>
        <translation>Ihr Konto ist gesperrt.</translation>
    </message>
    <message>
        <source>You are the requester in this conflict.</source>
        <translation>Sie sind der Auftraggeber in diesem Streitfall.</translation>
    </message>
    <message>
        <source>You are the worker whose answer is judged, or you answered the same item.</source>
        <translation>Sie sind der Bearbeiter, dessen Antwort beurteilt wird, oder Sie haben dasselbe Element beantwortet.</translation>
    </message>
    <message>
        <source>Panels take gold workers only.</source>
        <translation>Gremien nehmen nur Bearbeiter der Stufe Gold auf.</translation>
    </message>
    <message>
        <source>The task carries a content warning you have not opted in to.</source>
        <translation>Die Aufgabe trägt eine Inhaltswarnung, der Sie nicht zugestimmt haben.</translation>
    </message>
    <message>
        <source>The task is not open.</source>
        <translation>Die Aufgabe ist nicht offen.</translation>
    </message>
    <message>
        <source>Every seat is taken.</source>
        <translation>Alle Plätze sind besetzt.</translation>
    </message>
    <message>
        <source>Your tier is below the one required.</source>
        <translation>Ihre Stufe liegt unter der geforderten.</translation>
    </message>
    <message>
        <source>A required skill is missing from your profile.</source>
        <translation>In Ihrem Profil fehlt eine erforderliche Fähigkeit.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Escrow</source>
        <translation>Treuhand</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <source>Task published</source>
        <translation>Aufgabe veröffentlicht</translation>
    </message>
    <message>
        <source>Escrow released</source>
        <translation>Treuhand freigegeben</translation>
    </message>
    <message>
        <source>Answer approved</source>
        <translation>Antwort angenommen</translation>
    </message>
    <message>
        <source>Feedback pay</source>
        <translation>Feedback-Vergütung</translation>
    </message>
    <message>
        <source>Panel settlement</source>
        <translation>Gremiumsentscheid</translation>
    </message>
    <message>
        <source>Arbitration pay</source>
        <translation>Schlichtervergütung</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
</context>
<context>
    <name>Chrysalis::AttentionModel</name>
    <message>
        <source>Claim items</source>
        <translation>Elemente übernehmen</translation>
    </message>
    <message>
        <source>Release an item</source>
        <translation>Element freigeben</translation>
    </message>
    <message>
        <source>Submit an answer</source>
        <translation>Antwort einreichen</translation>
    </message>
    <message>
        <source>Review an answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>Submit feedback</source>
        <translation>Feedback einreichen</translation>
    </message>
    <message>
        <source>Resolve feedback</source>
        <translation>Feedback abschließen</translation>
    </message>
    <message>
        <source>Cast a vote</source>
        <translation>Stimme abgeben</translation>
    </message>
    <message>
        <source>Rate a task</source>
        <translation>Aufgabe bewerten</translation>
    </message>
    <message>
        <source>Save a task draft</source>
        <translation>Aufgabenentwurf speichern</translation>
    </message>
    <message>
        <source>Add items</source>
        <translation>Elemente hinzufügen</translation>
    </message>
    <message>
        <source>Publish a task</source>
        <translation>Aufgabe veröffentlichen</translation>
    </message>
    <message>
        <source>Propose a reframing</source>
        <translation>Neufassung vorschlagen</translation>
    </message>
    <message>
        <source>Accept a tier</source>
        <translation>Stufe annehmen</translation>
    </message>
    <message>
        <source>Update the profile</source>
        <translation>Profil aktualisieren</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>message (error code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>message: reasons</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Chrysalis::AttentionPage</name>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>What the marketplace refused or could not take yet. Nothing here is lost: the local copy of what you sent is kept.</source>
        <translation>Was der Marktplatz abgelehnt hat oder noch nicht annehmen konnte. Hier geht nichts verloren: Die lokale Kopie des Gesendeten bleibt erhalten.</translation>
    </message>
    <message>
        <source>Changes that need attention</source>
        <translation>Änderungen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Nothing needs your attention: everything you did reached the marketplace or is waiting to sync.</source>
        <translation>Nichts erfordert Ihre Aufmerksamkeit: Alles, was Sie getan haben, hat den Marktplatz erreicht oder wartet auf die Synchronisierung.</translation>
    </message>
    <message>
        <source>Kept local copy</source>
        <translation>Aufbewahrte lokale Kopie</translation>
    </message>
    <message>
        <source>The kept local copy of the selected change appears here.</source>
        <translation>Die aufbewahrte lokale Kopie der ausgewählten Änderung erscheint hier.</translation>
    </message>
    <message>
        <source>&amp;Retry blocked changes</source>
        <translation>Blockierte Änderungen &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Take this rejection off the list; it stays in the local history.</source>
        <translation>Diese Ablehnung von der Liste nehmen; sie bleibt im lokalen Verlauf.</translation>
    </message>
    <message>
        <source>Kept local copy of what you sent:</source>
        <translation>Aufbewahrte lokale Kopie des Gesendeten:</translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <translation>Erneuter Versuch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not dismiss: %1</source>
        <translation>Verwerfen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ClientSettings</name>
    <message>
        <source>Enter the marketplace address, e.g. https://marketplace.example.org.</source>
        <translation>Geben Sie die Adresse des Marktplatzes ein, z. B. https://marketplace.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, not %1://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen, nicht mit %1://.</translation>
    </message>
    <message>
        <source>The address has no host name, e.g. marketplace.example.org.</source>
        <translation>Der Adresse fehlt der Hostname, z. B. marketplace.example.org.</translation>
    </message>
    <message>
        <source>Leave out user names, “?” and “#” parts: only the marketplace’s address.</source>
        <translation>Lassen Sie Benutzernamen sowie „?“- und „#“-Teile weg: nur die Adresse des Marktplatzes.</translation>
    </message>
    <message>
        <source>Every server needs a name.</source>
        <translation>Jeder Server braucht einen Namen.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>There are two servers named “%1”.</source>
        <translation>Es gibt zwei Server mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Chrysalis::CommandLine</name>
    <message>
        <source>Chrysalis: refereed annotation work, online or offline.</source>
        <translation>Chrysalis: begutachtete Annotationsarbeit, online oder offline.</translation>
    </message>
    <message>
        <source>Start on the embedded demo marketplace, signed in.</source>
        <translation>Auf dem eingebetteten Demo-Marktplatz starten, angemeldet.</translation>
    </message>
    <message>
        <source>The demo account for --demo (default bob).</source>
        <translation>Das Demo-Konto für --demo (Standard: bob).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG once the first sync finished, then exit.</source>
        <translation>Das Hauptfenster nach Abschluss der ersten Synchronisierung als PNG speichern und dann beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: also one PNG per page, named PATH-&lt;page&gt;.png.</source>
        <translation>Mit --screenshot: zusätzlich ein PNG pro Seite, benannt PATH-&lt;page&gt;.png.</translation>
    </message>
    <message>
        <source>The page to show first.</source>
        <translation>Die zuerst angezeigte Seite.</translation>
    </message>
    <message>
        <source>Where local databases are kept.</source>
        <translation>Wo lokale Datenbanken gespeichert werden.</translation>
    </message>
    <message>
        <source>light, dark or system.</source>
        <translation>light, dark oder system.</translation>
    </message>
    <message>
        <source>Do not show the first-run tour (screenshot runs never do).</source>
        <translation>Die Tour beim ersten Start nicht anzeigen (bei Screenshot-Läufen erscheint sie nie).</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictPanelPage</name>
    <message>
        <source>The worker&apos;s answer</source>
        <translation>Die Antwort des Bearbeiters</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>Ihre Stimme</translation>
    </message>
    <message>
        <source>Whose fault is it that the answer was rejected? No one sees your vote before the panel closes, and it cannot be changed.</source>
        <translation>Wer ist schuld daran, dass die Antwort abgelehnt wurde? Niemand sieht Ihre Stimme, bevor das Gremium schließt, und sie kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Worker fault: the answer breaks the instructions</source>
        <translation>&amp;Bearbeiter schuld: Antwort verletzt die Anweisungen</translation>
    </message>
    <message>
        <source>R&amp;equester fault: the rejection is not justified</source>
        <translation>&amp;Auftraggeber schuld: Ablehnung unberechtigt</translation>
    </message>
    <message>
        <source>&amp;Rationale (required; shown to everyone without your name after the close)</source>
        <translation>&amp;Begründung (erforderlich; nach dem Schluss allen ohne Ihren Namen angezeigt)</translation>
    </message>
    <message>
        <source>Which instruction decides it, and why.</source>
        <translation>Welche Anweisung entscheidet, und warum.</translation>
    </message>
    <message>
        <source>Cast vote…</source>
        <translation>Stimme abgeben…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cast vote, final</source>
        <translation>Endgültig abstimmen</translation>
    </message>
    <message>
        <source>Cast “%1”? Votes are final: you cannot change or withdraw it, and it stays hidden until the panel closes.</source>
        <translation>„%1“ abgeben? Stimmen sind endgültig: Sie können sie weder ändern noch zurückziehen, und sie bleibt verborgen, bis das Gremium schließt.</translation>
    </message>
    <message>
        <source>The vote could not be saved: %1</source>
        <translation>Die Stimme konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Conflict panel</source>
        <translation>Schiedsgremium</translation>
    </message>
    <message>
        <source>Choose a conflict in the queue.</source>
        <translation>Wählen Sie einen Streitfall in der Warteschlange.</translation>
    </message>
    <message>
        <source>This conflict is not visible to you: the server offers an open panel only to arbiters who may sit on it, and shows a closed one only to the parties and the arbiters who voted.</source>
        <translation>Dieser Streitfall ist für Sie nicht sichtbar: Der Server bietet ein offenes Gremium nur Schlichtern an, die darin sitzen dürfen, und zeigt ein geschlossenes nur den Beteiligten und den Schlichtern, die abgestimmt haben.</translation>
    </message>
    <message>
        <source>The rejection</source>
        <translation>Die Ablehnung</translation>
    </message>
    <message>
        <source>Answer pay</source>
        <translation>Vergütung der Antwort</translation>
    </message>
    <message>
        <source>Instructions the worker saw</source>
        <translation>Anweisungen, die der Bearbeiter sah</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Another worker</source>
        <translation>Ein anderer Bearbeiter</translation>
    </message>
    <message>
        <source>Other answers to this item</source>
        <translation>Andere Antworten zu diesem Element</translation>
    </message>
    <message>
        <source>Open · %1 of %2 seats filled · closes in %3%4 · arbiter pay %5</source>
        <translation>Offen · %1 von %2 Plätzen besetzt · schließt in %3%4 · Schlichtervergütung %5</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> (verlängert)</translation>
    </message>
    <message numerus="yes">
        <source>Closed · %n vote(s)</source>
        <translation>
            <numerusform>Geschlossen · %n Stimme</numerusform>
            <numerusform>Geschlossen · %n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>You voted:</source>
        <translation>Ihre Stimme:</translation>
    </message>
    <message>
        <source>Waiting to be sent; it is counted if it reaches the server before the panel closes.</source>
        <translation>Wartet auf das Senden; sie zählt, wenn sie den Server erreicht, bevor das Gremium schließt.</translation>
    </message>
    <message>
        <source>Recorded. Other votes stay hidden until the panel closes.</source>
        <translation>Erfasst. Andere Stimmen bleiben verborgen, bis das Gremium schließt.</translation>
    </message>
    <message>
        <source>Your vote arrived after the panel closed and was not counted.</source>
        <translation>Ihre Stimme kam nach dem Schluss des Gremiums an und wurde nicht gezählt.</translation>
    </message>
    <message>
        <source>The server refused your vote (%1): %2</source>
        <translation>Der Server hat Ihre Stimme abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>The panel is deliberating: %1 of %2 seats filled. Votes stay hidden until it closes.</source>
        <translation>Das Gremium berät: %1 von %2 Plätzen besetzt. Die Stimmen bleiben verborgen, bis es schließt.</translation>
    </message>
    <message>
        <source>This is your answer. You are paid in full whatever the outcome. </source>
        <translation>Dies ist Ihre Antwort. Sie werden unabhängig vom Ergebnis voll bezahlt. </translation>
    </message>
    <message>
        <source>This is your rejection. </source>
        <translation>Dies ist Ihre Ablehnung. </translation>
    </message>
    <message>
        <source>Pay of the whole team</source>
        <translation>Vergütung des ganzen Teams</translation>
    </message>
    <message>
        <source>The team&apos;s brief</source>
        <translation>Beschreibung des Teams</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Das Team</translation>
    </message>
    <message>
        <source>What the team delivered</source>
        <translation>Was das Team abgegeben hat</translation>
    </message>
    <message>
        <source>This is your team&apos;s delivery. Every member is paid their role&apos;s pay in full whatever the outcome. </source>
        <translation>Dies ist die Abgabe Ihres Teams. Jedes Mitglied erhält unabhängig vom Ergebnis die volle Vergütung seiner Rolle. </translation>
    </message>
    <message>
        <source>Whose fault is it that the team&apos;s delivery was rejected? No one sees your vote before the panel closes, and it cannot be changed.</source>
        <translation>Wessen Fehler ist es, dass die Abgabe des Teams abgelehnt wurde? Niemand sieht Ihre Stimme, bevor das Gremium schließt, und sie kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Team fault: the delivery breaks the brief</source>
        <translation>&amp;Team schuld: Abgabe verfehlt die Beschreibung</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictQueueModel</name>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Your rejection</source>
        <translation>Ihre Ablehnung</translation>
    </message>
    <message>
        <source>Voted (not sent yet)</source>
        <translation>Abgestimmt (noch nicht gesendet)</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Abgestimmt</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>Nicht abgestimmt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>%1 left (extended)</source>
        <translation>noch %1 (verlängert)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>The pay of the rejected answer; the worker receives it in full.</source>
        <translation>Die Vergütung der abgelehnten Antwort; der Bearbeiter erhält sie in voller Höhe.</translation>
    </message>
    <message>
        <source>Every arbiter who votes is paid this, whatever the outcome.</source>
        <translation>Jeder Schlichter, der abstimmt, erhält diesen Betrag, unabhängig vom Ergebnis.</translation>
    </message>
    <message>
        <source>Votes cast so far; how they split stays hidden until the panel closes.</source>
        <translation>Bisher abgegebene Stimmen; wie sie sich verteilen, bleibt verborgen, bis das Gremium schließt.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Rejected for</source>
        <translation>Abgelehnt wegen</translation>
    </message>
    <message>
        <source>Seats filled</source>
        <translation>Plätze besetzt</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Vergütung</translation>
    </message>
    <message>
        <source>Your part</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>Your team&apos;s delivery</source>
        <translation>Abgabe Ihres Teams</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictQueuePage</name>
    <message>
        <source>Conflict panels</source>
        <translation>Schiedsgremien</translation>
    </message>
    <message>
        <source>Open panels you may sit on</source>
        <translation>Offene Gremien, in denen Sie sitzen können</translation>
    </message>
    <message>
        <source>votes are blind and final; every arbiter who votes is paid</source>
        <translation>Stimmen sind geheim und endgültig; jeder abstimmende Schlichter wird bezahlt</translation>
    </message>
    <message>
        <source>Your conflicts</source>
        <translation>Ihre Streitfälle</translation>
    </message>
    <message>
        <source>No conflict involves you yet: your rejected answers, your rejections and the panels you voted on appear here.</source>
        <translation>Noch betrifft Sie kein Streitfall: Ihre abgelehnten Antworten, Ihre Ablehnungen und die Gremien, in denen Sie abgestimmt haben, erscheinen hier.</translation>
    </message>
    <message>
        <source>Enter opens the selected conflict.</source>
        <translation>Eingabe öffnet den ausgewählten Streitfall.</translation>
    </message>
    <message>
        <source>Your vote “%1” arrived after its panel closed and was not counted.</source>
        <translation>Ihre Stimme „%1“ kam nach dem Schluss des Gremiums an und wurde nicht gezählt.</translation>
    </message>
    <message>
        <source>The server refused your vote “%1”: %2</source>
        <translation>Der Server hat Ihre Stimme „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>No open panel is offered to you right now.</source>
        <translation>Derzeit wird Ihnen kein offenes Gremium angeboten.</translation>
    </message>
    <message>
        <source>Panels are never offered to the worker whose answer is judged, to the requester, or to anyone who answered the same item; once a panel is full or closed it leaves the queue.</source>
        <translation>Gremien werden nie dem Bearbeiter angeboten, dessen Antwort beurteilt wird, dem Auftraggeber oder jemandem, der dasselbe Element beantwortet hat; ist ein Gremium voll oder geschlossen, verlässt es die Warteschlange.</translation>
    </message>
    <message>
        <source>Why is a panel not offered?</source>
        <translation>Warum wird ein Gremium nicht angeboten?</translation>
    </message>
    <message>
        <source>Votes that came too late</source>
        <translation>Zu spät eingegangene Stimmen</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictsPage</name>
    <message>
        <source>All conflicts</source>
        <translation>Alle Streitfälle</translation>
    </message>
    <message>
        <source>Back to the list of conflicts (Esc)</source>
        <translation>Zurück zur Liste der Streitfälle (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your calibration as an arbiter&lt;/b&gt;&lt;br&gt;With the panel majority: %1.&lt;br&gt;With gold keys: %2.&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Ihre Kalibrierung als Schlichter&lt;/b&gt;&lt;br&gt;Mit der Gremiumsmehrheit: %1.&lt;br&gt;Mit den Lösungen von Kontrollfragen: %2.&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ContentPreferences</name>
    <message>
        <source>a category is blank</source>
        <translation>eine Kategorie ist leer</translation>
    </message>
    <message>
        <source>must be a whole number of items per day from 0 to 100000</source>
        <translation>muss eine ganze Zahl von Elementen pro Tag zwischen 0 und 100000 sein</translation>
    </message>
    <message>
        <source>The content preferences are not valid.</source>
        <translation>Die Inhaltseinstellungen sind ungültig.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ContentSection</name>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Some tasks carry content warnings. You are offered them only for the categories you opt in to, and at most your daily limit of items of each (the day starts at midnight UTC). Synced to your account.</source>
        <translation>Manche Aufgaben tragen Inhaltswarnungen. Sie werden Ihnen nur für Kategorien angeboten, denen Sie zugestimmt haben, und je Kategorie höchstens bis zu Ihrem Tageslimit an Elementen (der Tag beginnt um Mitternacht UTC). Wird mit Ihrem Konto synchronisiert.</translation>
    </message>
    <message>
        <source>Content categories</source>
        <translation>Inhaltskategorien</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>I agree to see it</source>
        <translation>Einverstanden</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <source>Another category, e.g. medical images</source>
        <translation>Weitere Kategorie, z. B. medizinische Bilder</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>Kategorie &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Sign in to choose what content you are offered.</source>
        <translation>Melden Sie sich an, um festzulegen, welche Inhalte Ihnen angeboten werden.</translation>
    </message>
    <message>
        <source>Agree to see %1</source>
        <translation>Der Anzeige von %1 zustimmen</translation>
    </message>
    <message>
        <source>Daily limit for %1</source>
        <translation>Tageslimit für %1</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> pro Tag</translation>
    </message>
    <message>
        <source>No task you can see carries a content warning yet. Add a category to opt in ahead of time.</source>
        <translation>Noch trägt keine für Sie sichtbare Aufgabe eine Inhaltswarnung. Fügen Sie eine Kategorie hinzu, um ihr schon im Voraus zuzustimmen.</translation>
    </message>
    <message>
        <source>Saved; it reaches the marketplace with the next sync.</source>
        <translation>Gespeichert; es erreicht den Marktplatz mit der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ContestDialog</name>
    <message>
        <source>Contest a test item</source>
        <translation>Einspruch zu einer Kontrollfrage</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Your answer was scored wrong against the task&apos;s expected answer for a test item. If you think the expected answer is wrong, say why: the requester reads it and either corrects the key, which re-scores every answer to the item, or dismisses the contest.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Ihre Antwort auf eine Kontrollfrage wurde gemessen an der erwarteten Antwort der Aufgabe als falsch gewertet. Wenn Sie die erwartete Antwort für falsch halten, begründen Sie das: Der Auftraggeber liest Ihre Begründung und korrigiert entweder die Lösung, wodurch alle Antworten auf dieses Element neu gewertet werden, oder weist den Einspruch zurück.</translation>
    </message>
    <message>
        <source>&amp;Why is the expected answer wrong?</source>
        <translation>&amp;Warum ist die erwartete Antwort falsch?</translation>
    </message>
    <message>
        <source>e.g. The review praises the kettle; the sentiment is positive.</source>
        <translation>z. B. Die Rezension lobt den Wasserkocher; die Stimmung ist positiv.</translation>
    </message>
    <message>
        <source>&amp;Send contest</source>
        <translation>Einspruch &amp;senden</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters: shorten it</source>
        <translation>%1 von höchstens %2 Zeichen: bitte kürzen</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 von höchstens %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>Chrysalis::CorrectionEditor</name>
    <message>
        <source>Your changes: inserted words underlined, removed words struck through</source>
        <translation>Ihre Änderungen: eingefügte Wörter unterstrichen, entfernte durchgestrichen</translation>
    </message>
    <message>
        <source>No changes yet: the text is as the item gives it.</source>
        <translation>Noch keine Änderungen: Der Text ist so, wie das Element ihn vorgibt.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::DashboardCharts</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Your points over time</source>
        <translation>Ihre Punkte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Butterfly at %1</source>
        <translation>Schmetterling ab %1</translation>
    </message>
    <message>
        <source>Caterpillar below %1</source>
        <translation>Raupe unter %1</translation>
    </message>
    <message>
        <source>Time (your local time)</source>
        <translation>Zeit (Ihre Ortszeit)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::DataSection</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Your work, drafts and the copy of the marketplace you work offline with live in local databases. Compacting gives back the room deleted rows left behind.</source>
        <translation>Ihre Arbeit, Ihre Entwürfe und die Kopie des Marktplatzes, mit der Sie offline arbeiten, liegen in lokalen Datenbanken. Komprimieren gibt den Platz frei, den gelöschte Zeilen hinterlassen haben.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Local databases</source>
        <translation>Lokale Datenbanken</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Compact databases</source>
        <translation>Datenbanken &amp;komprimieren</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s VACUUM on every database listed</source>
        <translation>Führt SQLite-VACUUM für jede aufgeführte Datenbank aus</translation>
    </message>
    <message>
        <source>Compacting result</source>
        <translation>Ergebnis der Komprimierung</translation>
    </message>
    <message>
        <source>An account&apos;s work and offline copy</source>
        <translation>Arbeit und Offline-Kopie eines Kontos</translation>
    </message>
    <message>
        <source>Unsent answer drafts</source>
        <translation>Nicht gesendete Antwortentwürfe</translation>
    </message>
    <message>
        <source>Local demo marketplace</source>
        <translation>Lokaler Demo-Marktplatz</translation>
    </message>
    <message>
        <source>No local databases yet.</source>
        <translation>Noch keine lokalen Datenbanken.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln database(s), %1 in all</source>
        <translation>
            <numerusform>%Ln Datenbank, insgesamt %1</numerusform>
            <numerusform>%Ln Datenbanken, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Compacting…</source>
        <translation>Wird komprimiert…</translation>
    </message>
    <message>
        <source>Done: %1 saved (from %2 to %3).</source>
        <translation>Fertig: %1 eingespart (von %2 auf %3).</translation>
    </message>
    <message>
        <source>Not compacted, in use or damaged: %1</source>
        <translation>Nicht komprimiert, da in Gebrauch oder beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::FairWorkPage</name>
    <message>
        <source>Fair work</source>
        <translation>Faire Arbeit</translation>
    </message>
    <message>
        <source>Your record</source>
        <translation>Ihre Bilanz</translation>
    </message>
    <message>
        <source>Pay and time</source>
        <translation>Vergütung und Zeit</translation>
    </message>
    <message>
        <source>Mistake pay against the allowance</source>
        <translation>Fehlervergütung im Verhältnis zur Freigrenze</translation>
    </message>
    <message>
        <source>Capability modes, each on its own</source>
        <translation>Fähigkeitsbereiche, jeder für sich</translation>
    </message>
    <message>
        <source>Execution reliability</source>
        <translation>Zuverlässigkeit der Ausführung</translation>
    </message>
    <message>
        <source>Diagnostic work</source>
        <translation>Diagnostische Arbeit</translation>
    </message>
    <message>
        <source>Generative reframing</source>
        <translation>Generative Neufassung</translation>
    </message>
    <message numerus="yes">
        <source>Your effective hourly pay is &lt;b&gt;%1&lt;/b&gt; an hour, measured on %n paid answer(s).</source>
        <translation>
            <numerusform>Ihr effektiver Stundenlohn beträgt &lt;b&gt;%1&lt;/b&gt; pro Stunde, gemessen an %n bezahlten Antwort.</numerusform>
            <numerusform>Ihr effektiver Stundenlohn beträgt &lt;b&gt;%1&lt;/b&gt; pro Stunde, gemessen an %n bezahlten Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer of yours has been paid yet, so there is no hourly pay to show.</source>
        <translation>Noch wurde keine Antwort von Ihnen bezahlt, daher gibt es noch keinen Stundenlohn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One more lost conflict in your last %1 answers and you return to %2.&lt;/b&gt; You have lost %3 there, the most %4 allows. Each new answer pushes the oldest out of that window.</source>
        <translation>&lt;b&gt;Noch ein verlorener Streitfall in Ihren letzten %1 Antworten, und Sie fallen auf %2 zurück.&lt;/b&gt; Sie haben dort %3 verloren, das Maximum, das %4 erlaubt. Jede neue Antwort schiebt die älteste aus diesem Fenster.</translation>
    </message>
    <message numerus="yes">
        <source>You keep %1 while no more than %2 of your last %3 answers end in a lost conflict: %4 so far, %n to spare.</source>
        <translation>
            <numerusform>Sie behalten %1, solange höchstens %2 Ihrer letzten %3 Antworten in einem verlorenen Streitfall enden: bisher %4, Spielraum noch %n.</numerusform>
            <numerusform>Sie behalten %1, solange höchstens %2 Ihrer letzten %3 Antworten in einem verlorenen Streitfall enden: bisher %4, Spielraum noch %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers submitted</source>
        <translation>Eingereichte Antworten</translation>
    </message>
    <message>
        <source>Approval rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 reviewed)</source>
        <translation>%1 (%2 von %3 geprüft)</translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation>noch keine Prüfungen</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Conflicts won / lost</source>
        <translation>Streitfälle gewonnen / verloren</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Panels still open</source>
        <translation>Noch offene Gremien</translation>
    </message>
    <message>
        <source>Earned in all</source>
        <translation>Insgesamt verdient</translation>
    </message>
    <message>
        <source>for answers</source>
        <translation>für Antworten</translation>
    </message>
    <message>
        <source>for feedback and panels</source>
        <translation>für Feedback und Gremien</translation>
    </message>
    <message>
        <source>Time on paid answers</source>
        <translation>Zeit für bezahlte Antworten</translation>
    </message>
    <message>
        <source>Time awaiting review (paid later)</source>
        <translation>Zeit in Prüfung (später bezahlt)</translation>
    </message>
    <message>
        <source>Unpaid time</source>
        <translation>Unbezahlte Zeit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Over the allowance: the account is suspended until an administrator reinstates it.</source>
        <translation>Über der Freigrenze: Das Konto ist gesperrt, bis ein Administrator es wieder freischaltet.</translation>
    </message>
    <message>
        <source>Mistake pay over the last %1 days. You are paid in full either way; only going over the allowance suspends the account.</source>
        <translation>Fehlervergütung der letzten %1 Tage. Sie werden in jedem Fall voll bezahlt; nur das Überschreiten der Freigrenze sperrt das Konto.</translation>
    </message>
    <message>
        <source>Feedback tasks done</source>
        <translation>Erledigte Feedback-Aufgaben</translation>
    </message>
    <message>
        <source>Agreement with panels</source>
        <translation>Übereinstimmung mit Gremien</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 votes)</source>
        <translation>%1 (%2 von %3 Stimmen)</translation>
    </message>
    <message>
        <source>no closed panels yet</source>
        <translation>noch keine geschlossenen Gremien</translation>
    </message>
    <message>
        <source>Adopted by requesters</source>
        <translation>Von Auftraggebern übernommen</translation>
    </message>
    <message>
        <source>Reframe proposals</source>
        <translation>Neufassungsvorschläge</translation>
    </message>
    <message>
        <source>Waiting / declined</source>
        <translation>Wartend / abgelehnt</translation>
    </message>
    <message>
        <source>Think a task&apos;s boundary or criteria are wrong? Propose a reframing from the work view.</source>
        <translation>Halten Sie Abgrenzung oder Kriterien einer Aufgabe für falsch? Schlagen Sie in der Arbeitsansicht eine Neufassung vor.</translation>
    </message>
    <message>
        <source>adopted (changes taken: %1)</source>
        <translation>übernommen (übernommene Änderungen: %1)</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>waiting for the requester</source>
        <translation>wartet auf den Auftraggeber</translation>
    </message>
    <message>
        <source>Earnings per week appear here once an answer of yours is paid.</source>
        <translation>Die Einnahmen pro Woche erscheinen hier, sobald eine Ihrer Antworten bezahlt ist.</translation>
    </message>
    <message>
        <source>Earnings per week (answers)</source>
        <translation>Einnahmen pro Woche (Antworten)</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>ISO-Woche</translation>
    </message>
    <message>
        <source>Earnings (%1)</source>
        <translation>Einnahmen (%1)</translation>
    </message>
    <message>
        <source>The spread of your hourly pay appears here once a timed answer is paid.</source>
        <translation>Die Verteilung Ihres Stundenlohns erscheint hier, sobald eine zeitgemessene Antwort bezahlt ist.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Hourly pay per answer</source>
        <translation>Stundenlohn pro Antwort</translation>
    </message>
    <message>
        <source>Hourly pay (%1 an hour)</source>
        <translation>Stundenlohn (%1 pro Stunde)</translation>
    </message>
    <message>
        <source>Paid answers</source>
        <translation>Bezahlte Antworten</translation>
    </message>
    <message>
        <source>Your answer %1</source>
        <translation>Ihre Antwort %1</translation>
    </message>
    <message>
        <source>Panel you sat on %1</source>
        <translation>Gremium, in dem Sie saßen: %1</translation>
    </message>
    <message>
        <source>How your panels voted</source>
        <translation>Wie Ihre Gremien abstimmten</translation>
    </message>
    <message>
        <source>Worker at fault</source>
        <translation>Bearbeiter schuld</translation>
    </message>
    <message>
        <source>Requester at fault</source>
        <translation>Auftraggeber schuld</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Test items right</source>
        <translation>Kontrollfragen richtig</translation>
    </message>
    <message>
        <source>Estimated accuracy</source>
        <translation>Geschätzte Genauigkeit</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your calibration as an arbiter</source>
        <translation>Ihre Kalibrierung als Schlichter</translation>
    </message>
    <message>
        <source>With the panel majority</source>
        <translation>Mit der Gremiumsmehrheit</translation>
    </message>
    <message>
        <source>With gold keys</source>
        <translation>Mit den Lösungen von Kontrollfragen</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>meets the bar</source>
        <translation>Schwelle erreicht</translation>
    </message>
    <message>
        <source>below the bar</source>
        <translation>unter der Schwelle</translation>
    </message>
    <message>
        <source>unproven</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>for team tasks</source>
        <translation>für Team-Aufgaben</translation>
    </message>
</context>
<context>
    <name>Chrysalis::FeedbackPage</name>
    <message>
        <source>Feedback to review</source>
        <translation>Zu prüfendes Feedback</translation>
    </message>
    <message>
        <source>No feedback is waiting for you. When a feedback worker has reviewed one of your tasks, it appears here.</source>
        <translation>Kein Feedback wartet auf Sie. Sobald ein Feedback-Bearbeiter eine Ihrer Aufgaben geprüft hat, erscheint es hier.</translation>
    </message>
    <message>
        <source>Reframe proposals</source>
        <translation>Neufassungsvorschläge</translation>
    </message>
    <message>
        <source>No worker has proposed a reframing of your tasks. When one does, it appears here.</source>
        <translation>Noch hat kein Bearbeiter eine Neufassung Ihrer Aufgaben vorgeschlagen. Sobald das geschieht, erscheint sie hier.</translation>
    </message>
    <message>
        <source>The feedback could not be read: %1</source>
        <translation>Das Feedback konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Approved as it is</source>
        <translation>Unverändert angenommen</translation>
    </message>
    <message>
        <source>Changes suggested</source>
        <translation>Änderungen vorgeschlagen</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>Unbenannte Aufgabe</translation>
    </message>
    <message>
        <source>The reframe proposals could not be read: %1</source>
        <translation>Die Neufassungsvorschläge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Adopted %1</source>
        <translation>Übernommen %1</translation>
    </message>
    <message>
        <source>Declined %1</source>
        <translation>Abgelehnt %1</translation>
    </message>
    <message>
        <source>Open · proposed by %1</source>
        <translation>Offen · vorgeschlagen von %1</translation>
    </message>
    <message>
        <source>This feedback cannot be shown: %1</source>
        <translation>Dieses Feedback kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The task of this proposal is not on this computer yet; sync and try again.</source>
        <translation>Die Aufgabe dieses Vorschlags ist noch nicht auf diesem Computer; synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This proposal cannot be shown: %1</source>
        <translation>Dieser Vorschlag kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Adopted as revision %1</source>
        <translation>Übernommen als Revision %1</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 · changes taken: %2 of %3</source>
        <translation>%1 · übernommene Änderungen: %2 von %3</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Declined on %1</source>
        <translation>Abgelehnt am %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::FeedbackPreview</name>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>pairwise comparison</source>
        <translation>Paarvergleich</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>span labels</source>
        <translation>Abschnittslabels</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>%1. %2 (%3%4)</source>
        <translation>%1. %2 (%3%4)</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, erforderlich</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Optionen: %1</translation>
    </message>
    <message>
        <source>Pay per answer: %1</source>
        <translation>Vergütung pro Antwort: %1</translation>
    </message>
    <message>
        <source>Time per item: %1</source>
        <translation>Zeit pro Element: %1</translation>
    </message>
    <message>
        <source>Answers per item: %1</source>
        <translation>Antworten pro Element: %1</translation>
    </message>
    <message>
        <source>Minimum tier: %1</source>
        <translation>Mindeststufe: %1</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>Content warnings: %1</source>
        <translation>Inhaltswarnungen: %1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>Eingebettet</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Publish with accepted changes</source>
        <translation>Mit Änderungen veröffentlichen</translation>
    </message>
    <message>
        <source>Decline proposal</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Whole revision</source>
        <translation>Ganze Revision</translation>
    </message>
    <message>
        <source>Sample answers</source>
        <translation>Beispielantworten</translation>
    </message>
    <message>
        <source>Merged revision</source>
        <translation>Zusammengeführte Revision</translation>
    </message>
    <message>
        <source>N / P: next or previous change    A / R: accept or reject it    Alt+Down / Alt+Up also move between changes</source>
        <translation>N / P: nächste oder vorherige Änderung    A / R: annehmen oder ablehnen    Alt+Ab / Alt+Auf wechseln ebenfalls zwischen Änderungen</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>unverändert annehmen</translation>
    </message>
    <message>
        <source>changes suggested</source>
        <translation>Änderungen vorgeschlagen</translation>
    </message>
    <message>
        <source>Implied pay: %1 an hour</source>
        <translation>Rechnerische Vergütung: %1 pro Stunde</translation>
    </message>
    <message>
        <source>Implied pay: %1 an hour, %2 at the suggested pay</source>
        <translation>Rechnerische Vergütung: %1 pro Stunde, %2 bei der vorgeschlagenen Vergütung</translation>
    </message>
    <message>
        <source> (measured %1 per item)</source>
        <translation> (gemessen %1 pro Element)</translation>
    </message>
    <message>
        <source>Reframe proposal by %1, compared with revision %2</source>
        <translation>Neufassungsvorschlag von %1, verglichen mit Revision %2</translation>
    </message>
    <message>
        <source>a worker</source>
        <translation>ein Bearbeiter</translation>
    </message>
    <message>
        <source>Why the worker proposes this</source>
        <translation>Warum der Bearbeiter dies vorschlägt</translation>
    </message>
    <message>
        <source>Adopt accepted changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Decided %1 of %2, accepted %3</source>
        <translation>%1 von %2 entschieden, %3 angenommen</translation>
    </message>
    <message>
        <source> · changes not decided are left out</source>
        <translation> · nicht entschiedene Änderungen entfallen</translation>
    </message>
    <message>
        <source>Accept at least one change to adopt the proposal, or decline it.</source>
        <translation>Nehmen Sie mindestens eine Änderung an, um den Vorschlag zu übernehmen, oder lehnen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>New field “%1”</source>
        <translation>Neues Feld „%1“</translation>
    </message>
    <message>
        <source>Field “%1” removed</source>
        <translation>Feld „%1“ entfernt</translation>
    </message>
    <message>
        <source>Field “%1”: answer key renamed</source>
        <translation>Feld „%1“: Antwortschlüssel umbenannt</translation>
    </message>
    <message>
        <source>Field “%1”: kind of answer</source>
        <translation>Feld „%1“: Antwortart</translation>
    </message>
    <message>
        <source>Field “%1”: label</source>
        <translation>Feld „%1“: Beschriftung</translation>
    </message>
    <message>
        <source>Field “%1”: required or optional</source>
        <translation>Feld „%1“: erforderlich oder optional</translation>
    </message>
    <message>
        <source>Field “%1”: settings</source>
        <translation>Feld „%1“: Einstellungen</translation>
    </message>
    <message>
        <source>Order of the fields</source>
        <translation>Reihenfolge der Felder</translation>
    </message>
    <message>
        <source>Field “%1”: new option</source>
        <translation>Feld „%1“: neue Option</translation>
    </message>
    <message>
        <source>Field “%1”: option removed</source>
        <translation>Feld „%1“: Option entfernt</translation>
    </message>
    <message>
        <source>Field “%1”: option label</source>
        <translation>Feld „%1“: Optionsbeschriftung</translation>
    </message>
    <message>
        <source>Field “%1”: order of the options</source>
        <translation>Feld „%1“: Reihenfolge der Optionen</translation>
    </message>
    <message>
        <source>Pay per answer</source>
        <translation>Vergütung pro Antwort</translation>
    </message>
    <message>
        <source>Time per item</source>
        <translation>Zeit pro Element</translation>
    </message>
    <message>
        <source>Answers per item</source>
        <translation>Antworten pro Element</translation>
    </message>
    <message>
        <source>Minimum tier</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Content warnings</source>
        <translation>Inhaltswarnungen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The proposal changes nothing in the current revision.</source>
        <translation>Der Vorschlag ändert nichts an der aktuellen Revision.</translation>
    </message>
    <message>
        <source>The feedback worker suggests no changes.</source>
        <translation>Der Feedback-Bearbeiter schlägt keine Änderungen vor.</translation>
    </message>
    <message>
        <source>Choose a feedback task to review.</source>
        <translation>Wählen Sie eine Feedback-Aufgabe zum Prüfen.</translation>
    </message>
    <message>
        <source>General comments</source>
        <translation>Allgemeine Anmerkungen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>No comment</source>
        <translation>Kein Kommentar</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Answer form</source>
        <translation>Antwortformular</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>No sample answers.</source>
        <translation>Keine Beispielantworten.</translation>
    </message>
    <message>
        <source>Sample item %1</source>
        <translation>Beispielelement %1</translation>
    </message>
    <message>
        <source>answered in %1</source>
        <translation>beantwortet in %1</translation>
    </message>
    <message>
        <source>These decisions do not make a valid task.</source>
        <translation>Mit diesen Entscheidungen ergibt sich keine gültige Aufgabe.</translation>
    </message>
    <message>
        <source>Look again at: %1.</source>
        <translation>Prüfen Sie noch einmal: %1.</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>Chrysalis::FeedbackWorkPage</name>
    <message>
        <source>it carries content warnings you have not opted in to</source>
        <translation>sie trägt Inhaltswarnungen, denen Sie nicht zugestimmt haben</translation>
    </message>
    <message>
        <source>feedback tasks take silver and gold workers</source>
        <translation>Feedback-Aufgaben sind Bearbeitern der Stufen Silber und Gold vorbehalten</translation>
    </message>
    <message>
        <source>it is your own task</source>
        <translation>es ist Ihre eigene Aufgabe</translation>
    </message>
    <message>
        <source>your account is suspended</source>
        <translation>Ihr Konto ist gesperrt</translation>
    </message>
    <message>
        <source>Feedback tasks</source>
        <translation>Feedback-Aufgaben</translation>
    </message>
    <message>
        <source>No feedback task is open. When a caterpillar requester publishes a task, its feedback task appears here for silver and gold workers.</source>
        <translation>Keine Feedback-Aufgabe ist offen. Wenn ein Auftraggeber im Raupenstatus eine Aufgabe veröffentlicht, erscheint deren Feedback-Aufgabe hier für Bearbeiter der Stufen Silber und Gold.</translation>
    </message>
    <message>
        <source>The requester sees your changes with your comments, your sample answers and the time they took you.</source>
        <translation>Der Auftraggeber sieht Ihre Änderungen mit Ihren Kommentaren, Ihre Beispielantworten und die Zeit, die Sie dafür gebraucht haben.</translation>
    </message>
    <message>
        <source>&amp;Submit feedback</source>
        <translation>Feedback &amp;einreichen</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Feedback geben</translation>
    </message>
    <message>
        <source>Answer a caterpillar task&apos;s sample items as its instructions say, then mark up a copy of the task with a comment on each change. The requester sees your changes in a diff view and accepts or rejects each one.</source>
        <translation>Beantworten Sie die Beispielelemente einer Raupen-Aufgabe so, wie es die Anweisungen verlangen, und überarbeiten Sie dann eine Kopie der Aufgabe mit einem Kommentar zu jeder Änderung. Der Auftraggeber sieht Ihre Änderungen in einer Vergleichsansicht und nimmt jede an oder lehnt sie ab.</translation>
    </message>
    <message>
        <source>The feedback tasks could not be read: %1</source>
        <translation>Die Feedback-Aufgaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>pays %1</source>
        <translation>zahlt %1</translation>
    </message>
    <message>
        <source>not for you: %1</source>
        <translation>nicht für Sie: %1</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>Unbenannte Aufgabe</translation>
    </message>
    <message>
        <source>Nothing to give feedback on right now.</source>
        <translation>Derzeit gibt es nichts, wozu Sie Feedback geben könnten.</translation>
    </message>
    <message>
        <source>Choose a feedback task on the left.</source>
        <translation>Wählen Sie links eine Feedback-Aufgabe.</translation>
    </message>
    <message>
        <source>This feedback task cannot be shown: %1</source>
        <translation>Diese Feedback-Aufgabe kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Feedback on “%1”</source>
        <translation>Feedback zu „%1“</translation>
    </message>
    <message>
        <source>Answer the sample items exactly as the instructions say, then edit a copy of the task where workers would stumble. Pays %1.</source>
        <translation>Beantworten Sie die Beispielelemente genau nach den Anweisungen und überarbeiten Sie dann eine Kopie der Aufgabe dort, wo Bearbeiter stolpern würden. Vergütung: %1.</translation>
    </message>
    <message>
        <source>The marketplace said you may not take this feedback task: %1.</source>
        <translation>Laut Marktplatz dürfen Sie diese Feedback-Aufgabe nicht übernehmen: %1.</translation>
    </message>
    <message>
        <source>Answer saved. %1 of %2 sample items answered.</source>
        <translation>Antwort gespeichert. %1 von %2 Beispielelementen beantwortet.</translation>
    </message>
    <message>
        <source>All sample items answered. Now mark up the task: change what confused you and say why beside each change.</source>
        <translation>Alle Beispielelemente beantwortet. Überarbeiten Sie jetzt die Aufgabe: Ändern Sie, was Sie verwirrt hat, und begründen Sie jede Änderung daneben.</translation>
    </message>
    <message>
        <source>1  Answer the samples (%1 of %2 done)</source>
        <translation>1  Beispiele beantworten (%1 von %2 erledigt)</translation>
    </message>
    <message>
        <source>2  Mark up the task</source>
        <translation>2  Aufgabe überarbeiten</translation>
    </message>
    <message>
        <source>Answer all %1 sample items before you submit; %2 done so far.</source>
        <translation>Beantworten Sie alle %1 Beispielelemente, bevor Sie einreichen; bisher erledigt: %2.</translation>
    </message>
    <message>
        <source>The marked-up task is not valid yet: %1</source>
        <translation>Die überarbeitete Aufgabe ist noch nicht gültig: %1</translation>
    </message>
    <message>
        <source>The feedback could not be queued: %1</source>
        <translation>Das Feedback konnte nicht in die Warteschlange gestellt werden: %1</translation>
    </message>
    <message>
        <source>Feedback submitted; sending it to the marketplace.</source>
        <translation>Feedback eingereicht; es wird an den Marktplatz gesendet.</translation>
    </message>
    <message>
        <source>Feedback saved here; it goes to the marketplace when you are online.</source>
        <translation>Feedback hier gespeichert; es geht an den Marktplatz, sobald Sie online sind.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::FormBuilder</name>
    <message>
        <source>Single choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Pairwise comparison</source>
        <translation>Paarvergleich</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Answer fields</source>
        <translation>Antwortfelder</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Selected field</source>
        <translation>Ausgewähltes Feld</translation>
    </message>
    <message>
        <source>a-z, 0-9 and _</source>
        <translation>a–z, 0–9 und _</translation>
    </message>
    <message>
        <source>An answer must fill this field</source>
        <translation>Pflichtfeld für jede Antwort</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Beschriftung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>the item key holding the text</source>
        <translation>der Elementschlüssel, der den Text enthält</translation>
    </message>
    <message>
        <source>Source &amp;key</source>
        <translation>Quell&amp;schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Niedrigster</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchster</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Shortest (characters)</source>
        <translation>Kürzeste (Zeichen)</translation>
    </message>
    <message>
        <source>Longest (characters)</source>
        <translation>Längste (Zeichen)</translation>
    </message>
    <message>
        <source>Span labels, one per line:</source>
        <translation>Abschnittslabels, eines pro Zeile:</translation>
    </message>
    <message>
        <source>This kind has no further settings.</source>
        <translation>Diese Art hat keine weiteren Einstellungen.</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::GoldContests</name>
    <message>
        <source>%1 · not yet synced</source>
        <translation>%1 · noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Stattgegeben</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Workers whose answer was scored wrong on a test item may say the expected answer is wrong. Uphold a contest to make the key accept their answer too (every answer to the item is scored again), or dismiss it to let the score stand.</source>
        <translation>Bearbeiter, deren Antwort auf eine Kontrollfrage als falsch gewertet wurde, können einwenden, dass die erwartete Antwort falsch ist. Geben Sie einem Einspruch statt, damit die Lösung auch ihre Antwort anerkennt (alle Antworten auf das Element werden neu gewertet), oder weisen Sie ihn zurück, damit die Wertung bestehen bleibt.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Contested answer</source>
        <translation>Beanstandete Antwort</translation>
    </message>
    <message>
        <source>Worker&apos;s reason</source>
        <translation>Begründung des Bearbeiters</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Gold contests</source>
        <translation>Einsprüche zu Kontrollfragen</translation>
    </message>
    <message>
        <source>A note to the worker (optional)</source>
        <translation>Eine Notiz an den Bearbeiter (optional)</translation>
    </message>
    <message>
        <source>&amp;Uphold</source>
        <translation>S&amp;tattgeben</translation>
    </message>
    <message>
        <source>Correct the key to accept this answer and score every answer to the item again</source>
        <translation>Die Lösung so korrigieren, dass sie diese Antwort anerkennt, und alle Antworten auf das Element neu werten</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Z&amp;urückweisen</translation>
    </message>
    <message>
        <source>Keep the key; the score stands</source>
        <translation>Die Lösung beibehalten; die Wertung bleibt bestehen</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Ihre Notiz: %1</translation>
    </message>
    <message>
        <source>Could not queue the decision: %1</source>
        <translation>Die Entscheidung konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>This contest is not open.</source>
        <translation>Dieser Einspruch ist nicht offen.</translation>
    </message>
    <message>
        <source>Upheld; the key is corrected once the marketplace has it.</source>
        <translation>Stattgegeben; die Lösung wird korrigiert, sobald der Marktplatz die Entscheidung erhalten hat.</translation>
    </message>
    <message>
        <source>Dismissed; the worker is told with the next sync.</source>
        <translation>Zurückgewiesen; der Bearbeiter erfährt es bei der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::GoldRecord</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no test answers scored yet</source>
        <translation>noch keine Antworten auf Kontrollfragen gewertet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln right</source>
        <translation>
            <numerusform>%1 von %Ln richtig</numerusform>
            <numerusform>%1 von %Ln richtig</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>not estimated yet</source>
        <translation>noch nicht geschätzt</translation>
    </message>
    <message>
        <source>Meets the bar: your accuracy on test items is high enough for promotion.</source>
        <translation>Schwelle erreicht: Ihre Genauigkeit bei Kontrollfragen reicht für einen Aufstieg.</translation>
    </message>
    <message>
        <source>Below the bar: even at best your accuracy on test items is under the pass mark, so promotion waits until it improves.</source>
        <translation>Unter der Schwelle: Selbst im besten Fall liegt Ihre Genauigkeit bei Kontrollfragen unter der Bestehensgrenze; ein Aufstieg muss warten, bis sie sich verbessert.</translation>
    </message>
    <message numerus="yes">
        <source>Unproven: too few test answers to judge yet; %Ln more scored answer(s) needed. Until then nothing is held against you.</source>
        <translation>
            <numerusform>Noch offen: Für ein Urteil gibt es noch zu wenige Antworten auf Kontrollfragen; %Ln weitere gewertete Antwort ist nötig. Bis dahin wird Ihnen nichts angelastet.</numerusform>
            <numerusform>Noch offen: Für ein Urteil gibt es noch zu wenige Antworten auf Kontrollfragen; %Ln weitere gewertete Antworten sind nötig. Bis dahin wird Ihnen nichts angelastet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::ItemImport</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>kein gültiges JSON (%1 in Spalte %2)</translation>
    </message>
    <message>
        <source>the file holds no items</source>
        <translation>die Datei enthält keine Elemente</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the file holds no header row and no items</source>
        <translation>die Datei enthält weder eine Kopfzeile noch Elemente</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <source>the header names &quot;%1&quot; twice</source>
        <translation>die Kopfzeile nennt „%1“ zweimal</translation>
    </message>
    <message>
        <source>column %1 of the header holds text the marketplace cannot store</source>
        <translation>Spalte %1 der Kopfzeile enthält Text, den der Marktplatz nicht speichern kann</translation>
    </message>
    <message>
        <source>1 cell but the header has %1</source>
        <translation>1 Zelle, aber die Kopfzeile hat %1</translation>
    </message>
    <message>
        <source>%1 cells but the header has %2</source>
        <translation>%1 Zellen, aber die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>the file has a header row but no items</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Elemente</translation>
    </message>
    <message>
        <source>%1 is neither a JSONL nor a CSV file (.jsonl, .ndjson, .json, .csv, .tsv)</source>
        <translation>%1 ist weder eine JSONL- noch eine CSV-Datei (.jsonl, .ndjson, .json, .csv, .tsv)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <source>&quot;gold&quot; must be an object of expected answer fields</source>
        <translation>„gold“ muss ein Objekt mit den Feldern der erwarteten Antwort sein</translation>
    </message>
    <message>
        <source>&quot;training&quot; must be true or false</source>
        <translation>„training“ muss true oder false sein</translation>
    </message>
    <message>
        <source>a training item needs its expected answer (gold)</source>
        <translation>eine Übungsfrage braucht ihre erwartete Antwort (gold)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <translation>(und 1 weiteres Problem)</translation>
    </message>
    <message>
        <source>(and %1 more problems)</source>
        <translation>(und %1 weitere Probleme)</translation>
    </message>
    <message>
        <source>holds text the marketplace cannot store (a NUL character, a noncharacter or a lone surrogate)</source>
        <translation>enthält Text, den der Marktplatz nicht speichern kann (ein NUL-Zeichen, ein Nichtzeichen oder ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>the item is %1 bytes; an item may have at most %2</source>
        <translation>das Element ist %1 Bytes groß; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes; an item file may have at most %2</source>
        <translation>die Datei ist %1 Bytes groß; eine Elementdatei darf höchstens %2 groß sein</translation>
    </message>
    <message>
        <source>the file has more than %1 items, the most one task may hold</source>
        <translation>die Datei enthält mehr als %1 Elemente, das Maximum für eine Aufgabe</translation>
    </message>
</context>
<context>
    <name>Chrysalis::KeyboardSection</name>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Pick a row, then press the new keys. Menus, tooltips and the cheat sheet (F1) show the keys you choose.</source>
        <translation>Wählen Sie eine Zeile und drücken Sie dann die neuen Tasten. Menüs, Tooltips und die Übersicht der Tastenkürzel (F1) zeigen die von Ihnen gewählten Tasten.</translation>
    </message>
    <message>
        <source>Filter by action, page or keys</source>
        <translation>Nach Aktion, Seite oder Tasten filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>New keys</source>
        <translation>Neue Tasten</translation>
    </message>
    <message>
        <source>Press the new keys; they take effect when you apply.</source>
        <translation>Drücken Sie die neuen Tasten; sie gelten, sobald Sie die Änderungen anwenden.</translation>
    </message>
    <message>
        <source>&amp;No key</source>
        <translation>&amp;Keine Taste</translation>
    </message>
    <message>
        <source>Leave this action without a key</source>
        <translation>Dieser Aktion keine Taste zuweisen</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Give this action its original keys back</source>
        <translation>Die ursprünglichen Tasten dieser Aktion wiederherstellen</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>&amp;Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Give every action its original keys back</source>
        <translation>Die ursprünglichen Tasten aller Aktionen wiederherstellen</translation>
    </message>
    <message>
        <source>Shortcut message</source>
        <translation>Meldung zu Tastenkürzeln</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Tasten:</translation>
    </message>
    <message>
        <source>Sign in to see and change the shortcuts of the main window.</source>
        <translation>Melden Sie sich an, um die Tastenkürzel des Hauptfensters zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Changed; originally %1</source>
        <translation>Geändert; ursprünglich %1</translation>
    </message>
    <message>
        <source>Pick an action to change its keys.</source>
        <translation>Wählen Sie eine Aktion, um ihre Tasten zu ändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), now: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), jetzt: %3</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>keine Taste</translation>
    </message>
    <message>
        <source>Pick an action first.</source>
        <translation>Wählen Sie zuerst eine Aktion.</translation>
    </message>
    <message>
        <source>%1 is already the key of “%2” (%3). Choose other keys, or change that one first.</source>
        <translation>%1 ist bereits die Taste für „%2“ (%3). Wählen Sie andere Tasten oder ändern Sie zuerst diese Aktion.</translation>
    </message>
    <message>
        <source>The action has no key now.</source>
        <translation>Die Aktion hat jetzt keine Taste.</translation>
    </message>
    <message>
        <source>%1 it is. Press OK or Apply to use it.</source>
        <translation>%1 ist gewählt. Mit „OK“ oder „Anwenden“ übernehmen Sie es.</translation>
    </message>
    <message>
        <source>Its original keys now belong to “%1” (%2); change that one first.</source>
        <translation>Ihre ursprünglichen Tasten gehören jetzt zu „%1“ (%2); ändern Sie zuerst diese Aktion.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LabelStudio</name>
    <message>
        <source>the template&apos;s config: value has no closing quote</source>
        <translation>dem config:-Wert der Vorlage fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>neither a labeling config (XML starting with &lt;) nor a template with a config: key</source>
        <translation>weder eine Label-Konfiguration (XML, beginnend mit &lt;) noch eine Vorlage mit einem config:-Schlüssel</translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <translation>(und 1 weiteres Problem)</translation>
    </message>
    <message>
        <source>(and %1 more problems)</source>
        <translation>(und %1 weitere Probleme)</translation>
    </message>
    <message>
        <source>must be a number or a string</source>
        <translation>muss eine Zahl oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a user id, a name or a user object</source>
        <translation>muss eine Benutzer-ID, ein Name oder ein Benutzerobjekt sein</translation>
    </message>
    <message>
        <source>must be a date and time (a string)</source>
        <translation>muss ein Datum mit Uhrzeit sein (als Zeichenkette)</translation>
    </message>
    <message>
        <source>must be a number of seconds</source>
        <translation>muss eine Anzahl von Sekunden sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>holds %1 results; at most %2 are read</source>
        <translation>enthält %1 Ergebnisse; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be the result type (a string)</source>
        <translation>muss der Ergebnistyp sein (eine Zeichenkette)</translation>
    </message>
    <message>
        <source>must be the name of a control (a string)</source>
        <translation>muss der Name eines Steuerelements sein (eine Zeichenkette)</translation>
    </message>
    <message>
        <source>must be a list of results</source>
        <translation>muss eine Liste von Ergebnissen sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>holds %1 entries; a task may have at most %2</source>
        <translation>enthält %1 Einträge; eine Aufgabe darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>must be a task object</source>
        <translation>muss ein Aufgabenobjekt sein</translation>
    </message>
    <message>
        <source>must be an object of item data</source>
        <translation>muss ein Objekt mit Elementdaten sein</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>line %1: the labeling config declares a DTD; entities are not accepted</source>
        <translation>Zeile %1: die Label-Konfiguration deklariert eine DTD; Entitäten werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>line %1: the labeling config uses an entity (&amp;%2;), which is not accepted</source>
        <translation>Zeile %1: die Label-Konfiguration verwendet eine Entität (&amp;%2;), die nicht akzeptiert wird</translation>
    </message>
    <message>
        <source>line %1: the labeling config nests deeper than %2</source>
        <translation>Zeile %1: die Label-Konfiguration ist tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the labeling config has more than %1 tags</source>
        <translation>die Label-Konfiguration hat mehr als %1 Tags</translation>
    </message>
    <message>
        <source>an object Chrysalis cannot show</source>
        <translation>ein Objekt, das Chrysalis nicht anzeigen kann</translation>
    </message>
    <message>
        <source>a tag with no counterpart in Chrysalis forms</source>
        <translation>ein Tag ohne Entsprechung in Chrysalis-Formularen</translation>
    </message>
    <message>
        <source>line %1, column %2: the labeling config is not well-formed XML (%3)</source>
        <translation>Zeile %1, Spalte %2: die Label-Konfiguration ist kein wohlgeformtes XML (%3)</translation>
    </message>
    <message>
        <source>the labeling config has no tags</source>
        <translation>die Label-Konfiguration hat keine Tags</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>hat keinen Namen</translation>
    </message>
    <message>
        <source>asks for one answer per region, which Chrysalis forms do not have</source>
        <translation>verlangt eine Antwort pro Region, was Chrysalis-Formulare nicht kennen</translation>
    </message>
    <message>
        <source>takes its choices from the item data, which Chrysalis forms cannot</source>
        <translation>bezieht seine Auswahlen aus den Elementdaten, was Chrysalis-Formulare nicht können</translation>
    </message>
    <message>
        <source>has fewer than 2 choices</source>
        <translation>hat weniger als 2 Auswahlen</translation>
    </message>
    <message>
        <source>has a maxRating that is not a whole number from 2 to %1</source>
        <translation>hat ein maxRating, das keine ganze Zahl von 2 bis %1 ist</translation>
    </message>
    <message>
        <source>labels something other than one Text bound to item data ($key)</source>
        <translation>markiert etwas anderes als einen Text, der an Elementdaten ($key) gebunden ist</translation>
    </message>
    <message>
        <source>has no labels</source>
        <translation>hat keine Labels</translation>
    </message>
    <message>
        <source>does not compare exactly two objects</source>
        <translation>vergleicht nicht genau zwei Objekte</translation>
    </message>
    <message>
        <source>the labeling config has %1 characters; at most %2 are read</source>
        <translation>die Label-Konfiguration hat %1 Zeichen; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <source>Label Studio has no control for the correction field &quot;%1&quot;</source>
        <translation>Label Studio hat kein Steuerelement für das Korrekturfeld „%1“</translation>
    </message>
    <message>
        <source>Label Studio ratings start at 1, the rating field &quot;%1&quot; at %2</source>
        <translation>Bewertungen in Label Studio beginnen bei 1, das Bewertungsfeld „%1“ bei %2</translation>
    </message>
    <message>
        <source>the pairwise field &quot;%1&quot; compares the last two shown keys, but fewer are shown</source>
        <translation>das Paarvergleichsfeld „%1“ vergleicht die letzten beiden angezeigten Schlüssel, es werden aber weniger angezeigt</translation>
    </message>
    <message>
        <source>a Label Studio config must show at least one key of the item data</source>
        <translation>eine Label-Studio-Konfiguration muss mindestens einen Schlüssel der Elementdaten anzeigen</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>the labeling config has tags Chrysalis cannot take: %1</source>
        <translation>die Label-Konfiguration enthält Tags, die Chrysalis nicht übernehmen kann: %1</translation>
    </message>
    <message>
        <source>the labeling config has no control Chrysalis can take</source>
        <translation>die Label-Konfiguration enthält kein Steuerelement, das Chrysalis übernehmen kann</translation>
    </message>
    <message>
        <source>relations have no counterpart in Chrysalis answers</source>
        <translation>Relationen haben keine Entsprechung in Chrysalis-Antworten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a control of this config</source>
        <translation>„%1“ ist kein Steuerelement dieser Konfiguration</translation>
    </message>
    <message>
        <source>a %1 result for the %2 control &quot;%3&quot;</source>
        <translation>ein %1-Ergebnis für das %2-Steuerelement „%3“</translation>
    </message>
    <message>
        <source>%1 choices for the single choice &quot;%2&quot;</source>
        <translation>%1 Auswahlen für die Einfachauswahl „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither left nor right</source>
        <translation>„%1“ ist weder links noch rechts</translation>
    </message>
    <message>
        <source>a span without whole-number start and end</source>
        <translation>ein Abschnitt ohne ganzzahligen Anfang und ganzzahliges Ende</translation>
    </message>
    <message>
        <source>the span %1–%2 quotes &quot;%3&quot;, which is not the text there</source>
        <translation>der Abschnitt %1–%2 zitiert „%3“, was dort nicht steht</translation>
    </message>
    <message>
        <source>the span %1–%2 lies outside the text</source>
        <translation>der Abschnitt %1–%2 liegt außerhalb des Textes</translation>
    </message>
    <message>
        <source>a %1 result has no counterpart in Chrysalis answers</source>
        <translation>ein %1-Ergebnis hat keine Entsprechung in Chrysalis-Antworten</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a task file may have at most %2</source>
        <translation>die Datei ist %1 Bytes groß; eine Aufgabendatei darf höchstens %2 groß sein</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>the file has more than %1 tasks, the most one task may hold as items</source>
        <translation>die Datei enthält mehr als %1 Aufgaben, das Maximum, das eine Aufgabe als Elemente aufnehmen kann</translation>
    </message>
    <message>
        <source>the file holds no tasks</source>
        <translation>die Datei enthält keine Aufgaben</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus and messages. Dates, numbers and amounts of money are written the way this language writes them.</source>
        <translation>Die Sprache der Menüs und Meldungen. Datumsangaben, Zahlen und Geldbeträge werden so geschrieben, wie es in dieser Sprache üblich ist.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Example of dates and numbers</source>
        <translation>Beispiel für Datum und Zahlen</translation>
    </message>
    <message>
        <source>Chrysalis changes its language the next time it starts.</source>
        <translation>Chrysalis wechselt die Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Looks like:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LeaderboardModel</name>
    <message numerus="yes">
        <source>%1 of 10 (%n rating(s))</source>
        <translation>
            <numerusform>%1 von 10 (%n Bewertung)</numerusform>
            <numerusform>%1 von 10 (%n Bewertungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden under the privacy rule</source>
        <translation>durch die Datenschutzregel verborgen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Rating by workers</source>
        <translation>Bewertung durch Bearbeiter</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LeaderboardPage</name>
    <message>
        <source>Leaderboard</source>
        <translation>Bestenliste</translation>
    </message>
    <message>
        <source>No requester has reached butterfly standing yet, so the leaderboard is empty.</source>
        <translation>Noch hat kein Auftraggeber den Schmetterlingsstatus erreicht, daher ist die Bestenliste leer.</translation>
    </message>
    <message>
        <source>Requesters</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Your standing</source>
        <translation>Ihr Status</translation>
    </message>
    <message>
        <source>What earned and cost you points</source>
        <translation>Wofür Sie Punkte erhalten und verloren haben</translation>
    </message>
    <message>
        <source>Workers who opt in are ranked among their tier under their pseudonym: by approved answers, and by how often their panel votes agreed with the outcome (from 5 votes on closed panels). The boards refresh every half minute.</source>
        <translation>Bearbeiter, die es wünschen, werden innerhalb ihrer Stufe unter ihrem Pseudonym gelistet: nach angenommenen Antworten und danach, wie oft ihre Stimmen in Gremien mit dem Ergebnis übereinstimmten (ab 5 Stimmen in geschlossenen Gremien). Die Listen werden jede halbe Minute aktualisiert.</translation>
    </message>
    <message>
        <source>Show me on the worker boards of my tier, under my pseudonym</source>
        <translation>Mich unter meinem Pseudonym in den Bearbeiterlisten meiner Stufe zeigen</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Ranked by:</source>
        <translation>Sortiert nach:</translation>
    </message>
    <message>
        <source>Approved answers</source>
        <translation>Angenommene Antworten</translation>
    </message>
    <message>
        <source>Agreement with panel outcomes</source>
        <translation>Übereinstimmung mit Gremiumsergebnissen</translation>
    </message>
    <message>
        <source>Worker boards</source>
        <translation>Bearbeiterlisten</translation>
    </message>
    <message>
        <source>Butterfly requesters, the top %1 by points. Workers rate tasks privately; a requester&apos;s rating is shown only as an aggregate, once at least %2 ratings are in, and it is refreshed only after %3 more.</source>
        <translation>Auftraggeber im Schmetterlingsstatus, die besten %1 nach Punkten. Bearbeiter bewerten Aufgaben vertraulich; die Bewertung eines Auftraggebers wird nur zusammengefasst gezeigt, sobald mindestens %2 Bewertungen vorliegen, und erst nach %3 weiteren aktualisiert.</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>not ranked (butterflies only)</source>
        <translation>nicht gelistet (nur Schmetterlinge)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 10 from %n rating(s)</source>
        <translation>
            <numerusform>%1 von 10 aus %n Bewertung</numerusform>
            <numerusform>%1 von 10 aus %n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not published yet (%n rating(s) so far)</source>
        <translation>
            <numerusform>noch nicht veröffentlicht (bisher %n Bewertung)</numerusform>
            <numerusform>noch nicht veröffentlicht (bisher %n Bewertungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 points · %4 · rating: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 Punkte · %4 · Bewertung: %5</translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation>Schmetterling</translation>
    </message>
    <message>
        <source>Caterpillar</source>
        <translation>Raupe</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>You keep butterfly standing while you hold at least %1 points (%2 to spare). Approved tasks without changes add points; ratings of your butterfly tasks add rating − %3 each, booked in batches so no single rating shows; a lost conflict costs points.</source>
        <translation>Sie behalten den Schmetterlingsstatus, solange Sie mindestens %1 Punkte haben (Puffer: %2). Ohne Änderungen angenommene Aufgaben bringen Punkte; jede Bewertung Ihrer Schmetterlings-Aufgaben bringt Bewertung − %3, gebucht in Gruppen, damit keine einzelne Bewertung erkennbar ist; ein verlorener Streitfall kostet Punkte.</translation>
    </message>
    <message>
        <source>%1 of %2 points to butterfly</source>
        <translation>%1 von %2 Punkten bis zum Schmetterling</translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s) to butterfly standing. A task approved without changes in feedback adds points; a conflict you lose costs points.</source>
        <translation>
            <numerusform>Noch %n Punkt bis zum Schmetterlingsstatus. Eine im Feedback ohne Änderungen angenommene Aufgabe bringt Punkte; ein verlorener Streitfall kostet Punkte.</numerusform>
            <numerusform>Noch %n Punkte bis zum Schmetterlingsstatus. Eine im Feedback ohne Änderungen angenommene Aufgabe bringt Punkte; ein verlorener Streitfall kostet Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No worker of this tier who opted in has voted on 5 closed panels yet.</source>
        <translation>Noch hat kein teilnehmender Bearbeiter dieser Stufe in 5 geschlossenen Gremien abgestimmt.</translation>
    </message>
    <message>
        <source>No worker of this tier who opted in has an approved answer yet.</source>
        <translation>Noch hat kein teilnehmender Bearbeiter dieser Stufe eine angenommene Antwort.</translation>
    </message>
    <message>
        <source>Your points have not moved yet. A task approved without changes in feedback, batches of ratings of your butterfly tasks and lost conflicts will show here.</source>
        <translation>Ihre Punkte haben sich noch nicht verändert. Im Feedback ohne Änderungen angenommene Aufgaben, Bewertungsgruppen Ihrer Schmetterlings-Aufgaben und verlorene Streitfälle erscheinen hier.</translation>
    </message>
    <message>
        <source>How workers rated your tasks shows here once at least %1 ratings are in, as a whole: no single rating is ever shown, and the chart changes only after %2 more.</source>
        <translation>Wie Bearbeiter Ihre Aufgaben bewertet haben, erscheint hier, sobald mindestens %1 Bewertungen vorliegen, und nur als Ganzes: Keine einzelne Bewertung wird je gezeigt, und das Diagramm ändert sich erst nach %2 weiteren.</translation>
    </message>
    <message>
        <source>How workers rated your tasks</source>
        <translation>Wie Bearbeiter Ihre Aufgaben bewertet haben</translation>
    </message>
    <message>
        <source>Rating (0 to 10)</source>
        <translation>Bewertung (0 bis 10)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LeaseModel</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>noch %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>(task not synced yet)</source>
        <translation>(Aufgabe noch nicht synchronisiert)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LocalMarketplace</name>
    <message>
        <source>The local marketplace did not start in time.
%1</source>
        <translation>Der lokale Marktplatz ist nicht rechtzeitig gestartet.
%1</translation>
    </message>
    <message>
        <source>Cannot run the local marketplace %1: %2</source>
        <translation>Der lokale Marktplatz %1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>The local marketplace stopped (exit code %1).
%2</source>
        <translation>Der lokale Marktplatz wurde beendet (Exit-Code %1).
%2</translation>
    </message>
    <message>
        <source>The local marketplace is already running.</source>
        <translation>Der lokale Marktplatz läuft bereits.</translation>
    </message>
    <message>
        <source>The local marketplace program %1 is missing; reinstall Chrysalis.</source>
        <translation>Das Programm %1 für den lokalen Marktplatz fehlt; installieren Sie Chrysalis neu.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LocalStore</name>
    <message>
        <source>the local database %1 is in use by another program (%2, process %3 on %4); close it first</source>
        <translation>die lokale Datenbank %1 wird von einem anderen Programm verwendet (%2, Prozess %3 auf %4); schließen Sie es zuerst</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>cannot create the lock file %1.lock (no permission?)</source>
        <translation>die Sperrdatei %1.lock kann nicht angelegt werden (keine Berechtigung?)</translation>
    </message>
    <message>
        <source>the local database %1 belongs to the server %2, not %3</source>
        <translation>die lokale Datenbank %1 gehört zum Server %2, nicht zu %3</translation>
    </message>
    <message>
        <source>only a marketplace on this computer can move to a new address</source>
        <translation>nur ein Marktplatz auf diesem Computer kann an eine neue Adresse umziehen</translation>
    </message>
    <message>
        <source>the local database %1 belongs to the server %2</source>
        <translation>die lokale Datenbank %1 gehört zum Server %2</translation>
    </message>
</context>
<context>
    <name>Chrysalis::MainWindow</name>
    <message>
        <source>Chrysalis</source>
        <translation>Chrysalis</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Änderungen, die auf Synchronisierung warten</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>Jetzt synchronisieren (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>S&amp;witch account…</source>
        <translation>&amp;Konto wechseln…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>The marketplace no longer accepts your sign-in. Your work is kept; sign in again with File → Switch account.</source>
        <translation>Der Marktplatz akzeptiert Ihre Anmeldung nicht mehr. Ihre Arbeit bleibt erhalten; melden Sie sich über Datei → Konto wechseln erneut an.</translation>
    </message>
    <message>
        <source>Task queue</source>
        <translation>Aufgabenliste</translation>
    </message>
    <message>
        <source>Answer items</source>
        <translation>Elemente bearbeiten</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Feedback geben</translation>
    </message>
    <message>
        <source>Fair work</source>
        <translation>Faire Arbeit</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Review answers</source>
        <translation>Antworten prüfen</translation>
    </message>
    <message>
        <source>Task feedback</source>
        <translation>Aufgaben-Feedback</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Streitfälle</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Bestenliste</translation>
    </message>
    <message>
        <source>Profile and tier</source>
        <translation>Profil und Stufe</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>ARBEIT</translation>
    </message>
    <message>
        <source>ARBITRATION</source>
        <translation>SCHLICHTUNG</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>AUFTRÄGE</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Auf allen Seiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>local demo marketplace</source>
        <translation>lokaler Demo-Marktplatz</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Alle Änderungen synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf Synchronisierung</numerusform>
            <numerusform>%Ln Änderungen warten auf Synchronisierung</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Vor %n Min. synchronisiert</numerusform>
            <numerusform>Vor %n Min. synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %Ln change(s)</source>
        <translation>
            <numerusform>Empfange: %Ln Änderung</numerusform>
            <numerusform>Empfange: %Ln Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending: %Ln change(s)</source>
        <translation>
            <numerusform>Sende: %Ln Änderung</numerusform>
            <numerusform>Sende: %Ln Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync did not finish: %1</source>
        <translation>Synchronisierung nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Caterpillar</source>
        <translation>Raupe</translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation>Schmetterling</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>Tour &amp;starten</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide could not be opened: %1</source>
        <translation>Das Benutzerhandbuch konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Flash teams</source>
        <translation>Flash-Teams</translation>
    </message>
    <message>
        <source>Team tasks</source>
        <translation>Team-Aufgaben</translation>
    </message>
</context>
<context>
    <name>Chrysalis::MarkupEditor</name>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source> ¢ per answer</source>
        <translation> ¢ pro Antwort</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Vergütung</translation>
    </message>
    <message>
        <source> s per item</source>
        <translation> s pro Element</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>Schät&amp;zung</translation>
    </message>
    <message>
        <source>I&amp;nstructions (Markdown)</source>
        <translation>Anweisungen (&amp;Markdown)</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>Answer &amp;form</source>
        <translation>Antwort&amp;formular</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>&amp;Approve the task as it is</source>
        <translation>Aufgabe unverändert an&amp;nehmen</translation>
    </message>
    <message>
        <source>Suggest these &amp;changes</source>
        <translation>Diese Änderungen vorschla&amp;gen</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Ihre Änderungen</translation>
    </message>
    <message>
        <source>Your changes: 1 change</source>
        <translation>Ihre Änderungen: 1 Änderung</translation>
    </message>
    <message>
        <source>Your changes: %1 changes</source>
        <translation>Ihre Änderungen: %1 Änderungen</translation>
    </message>
    <message>
        <source>No changes yet. Edit the task on the left where workers would stumble; each change appears here for a comment to the requester.</source>
        <translation>Noch keine Änderungen. Bearbeiten Sie die Aufgabe links dort, wo Bearbeiter stolpern würden; jede Änderung erscheint hier mit Platz für einen Kommentar an den Auftraggeber.</translation>
    </message>
    <message>
        <source>Comment for the requester: why this change?</source>
        <translation>Kommentar an den Auftraggeber: Warum diese Änderung?</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <source>You changed the task, so you suggest changes. Undo every change to approve it as it is.</source>
        <translation>Sie haben die Aufgabe geändert und schlagen damit Änderungen vor. Machen Sie alle Änderungen rückgängig, um sie unverändert anzunehmen.</translation>
    </message>
    <message>
        <source>Approve when the task needs no change; the requester gains standing.</source>
        <translation>Nehmen Sie an, wenn die Aufgabe keine Änderung braucht; der Auftraggeber gewinnt dadurch an Status.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::Money</name>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
</context>
<context>
    <name>Chrysalis::MoneyPage</name>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Your work</source>
        <translation>Ihre Arbeit</translation>
    </message>
    <message>
        <source>Your tasks</source>
        <translation>Ihre Aufgaben</translation>
    </message>
    <message>
        <source>Ledger lines on your books</source>
        <translation>Ihre Buchungen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Your account is suspended.</source>
        <translation>Ihr Konto ist gesperrt.</translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <source>Mistake pay in the last %1 days: %2, over the allowance of %3. You get no new work; work you already hold still settles. An administrator can reinstate you.</source>
        <translation>Fehlervergütung in den letzten %1 Tagen: %2, über der Freigrenze von %3. Sie erhalten keine neue Arbeit; bereits übernommene Arbeit wird weiterhin abgerechnet. Ein Administrator kann Sie wieder freischalten.</translation>
    </message>
    <message>
        <source>Request payout of %1</source>
        <translation>Auszahlung von %1 anfordern</translation>
    </message>
    <message>
        <source>Request payout</source>
        <translation>Auszahlung anfordern</translation>
    </message>
    <message>
        <source>You can be paid out %1 now.</source>
        <translation>Ihnen können jetzt %1 ausgezahlt werden.</translation>
    </message>
    <message>
        <source>Payouts open once %1 of earnings is available; you have %2.</source>
        <translation>Auszahlungen sind möglich, sobald %1 an Einnahmen verfügbar sind; Sie haben %2.</translation>
    </message>
    <message>
        <source>Requested and waiting for an administrator to pay: %1.</source>
        <translation>Angefordert, wartet auf Zahlung durch einen Administrator: %1.</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>%1 requested</source>
        <translation>%1 angefordert</translation>
    </message>
    <message>
        <source>from %1 of earnings</source>
        <translation>ab %1 Einnahmen</translation>
    </message>
    <message>
        <source>Pay earned in the last %1 days</source>
        <translation>Verdienst der letzten %1 Tage</translation>
    </message>
    <message>
        <source>Mistake pay in the last %1 days</source>
        <translation>Fehlervergütung der letzten %1 Tage</translation>
    </message>
    <message>
        <source>%1 of %2 allowance used</source>
        <translation>%1 von %2 der Freigrenze genutzt</translation>
    </message>
    <message>
        <source>Mistake pay is what the platform covers when a panel finds a rejected answer was your fault; you are paid in full either way. Over a rolling %1 days it may reach the larger of %2 of the payout threshold (%3) and %4 of the pay you earned in the window (%5): %6. Going over suspends the account.</source>
        <translation>Fehlervergütung ist, was die Plattform übernimmt, wenn ein Gremium eine abgelehnte Antwort Ihnen anlastet; Sie werden in jedem Fall voll bezahlt. In einem gleitenden Zeitraum von %1 Tagen darf sie den größeren Wert aus %2 der Auszahlungsschwelle (%3) und %4 Ihres Verdiensts im Zeitraum (%5) erreichen: %6. Ein Überschreiten sperrt das Konto.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>In escrow for open answer slots</source>
        <translation>In Treuhand für offene Antwortplätze</translation>
    </message>
    <message>
        <source>Charged for approved answers</source>
        <translation>Belastet für angenommene Antworten</translation>
    </message>
    <message>
        <source>Charged by panels (share at fault and fees)</source>
        <translation>Belastet durch Gremien (Schuldanteil und Gebühren)</translation>
    </message>
    <message>
        <source>Publishing holds pay plus the fee for every answer slot in escrow; approvals and panel settlements charge it, and the rest comes back to the balance.</source>
        <translation>Beim Veröffentlichen werden Vergütung und Gebühr für jeden Antwortplatz in Treuhand gehalten; Annahmen und Gremiumsentscheide belasten sie, der Rest fließt ins Guthaben zurück.</translation>
    </message>
    <message>
        <source>The payout request could not be saved: %1</source>
        <translation>Die Auszahlungsanforderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::MyWorkModel</name>
    <message>
        <source>Waiting to sync</source>
        <translation>Wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Prüfung ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>Im Streitfall</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>(task not synced yet)</source>
        <translation>(Aufgabe noch nicht synchronisiert)</translation>
    </message>
    <message>
        <source>(unknown task)</source>
        <translation>(unbekannte Aufgabe)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Vergütung</translation>
    </message>
    <message>
        <source>Contest waiting to sync</source>
        <translation>Einspruch wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Contested; the requester decides</source>
        <translation>Einspruch erhoben; der Auftraggeber entscheidet</translation>
    </message>
    <message>
        <source>Contest upheld: the key now accepts your answer</source>
        <translation>Einspruch stattgegeben: Die Lösung erkennt Ihre Antwort jetzt an</translation>
    </message>
    <message>
        <source>Contest dismissed: the score stands</source>
        <translation>Einspruch zurückgewiesen: Die Wertung bleibt bestehen</translation>
    </message>
    <message>
        <source>Scored wrong on a test item</source>
        <translation>Bei einer Kontrollfrage als falsch gewertet</translation>
    </message>
    <message>
        <source>The requester&apos;s note: %1</source>
        <translation>Notiz des Auftraggebers: %1</translation>
    </message>
    <message>
        <source>Test item</source>
        <translation>Kontrollfrage</translation>
    </message>
</context>
<context>
    <name>Chrysalis::MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>My answers</source>
        <translation>Meine Antworten</translation>
    </message>
    <message>
        <source>No answers yet. Claim items in the task queue and answer them; they show up here the moment you submit, even offline.</source>
        <translation>Noch keine Antworten. Übernehmen Sie Elemente in der Aufgabenliste und beantworten Sie sie; sie erscheinen hier, sobald Sie einreichen, auch offline.</translation>
    </message>
    <message>
        <source>Earnings appear after the first sync.</source>
        <translation>Die Einnahmen erscheinen nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earnings:&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; earned in the last 90 days: %2 &amp;nbsp;·&amp;nbsp; mistake pay in that window: %3 of an allowance of %4%5</source>
        <translation>&lt;b&gt;Einnahmen:&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; verdient in den letzten 90 Tagen: %2 &amp;nbsp;·&amp;nbsp; Fehlervergütung in diesem Zeitraum: %3 von einer Freigrenze von %4%5</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; ready for payout</source>
        <translation> &amp;nbsp;·&amp;nbsp; bereit zur Auszahlung</translation>
    </message>
    <message>
        <source>C&amp;ontest…</source>
        <translation>&amp;Einspruch…</translation>
    </message>
    <message>
        <source>Say why the expected answer of this test item is wrong</source>
        <translation>Begründen Sie, warum die erwartete Antwort dieser Kontrollfrage falsch ist</translation>
    </message>
    <message>
        <source>This answer was scored wrong on a test item. If the expected answer is wrong, contest it; while the requester decides, the score counts.</source>
        <translation>Diese Antwort wurde bei einer Kontrollfrage als falsch gewertet. Wenn die erwartete Antwort falsch ist, erheben Sie Einspruch; solange der Auftraggeber entscheidet, gilt die Wertung.</translation>
    </message>
    <message>
        <source>This answer is contested already.</source>
        <translation>Gegen diese Antwort wurde bereits Einspruch erhoben.</translation>
    </message>
    <message>
        <source>Answers scored wrong on a test item can be contested: select one.</source>
        <translation>Gegen Antworten, die bei einer Kontrollfrage als falsch gewertet wurden, können Sie Einspruch erheben: Wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>Could not queue the contest: %1</source>
        <translation>Der Einspruch konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>This answer cannot be contested.</source>
        <translation>Gegen diese Antwort ist kein Einspruch möglich.</translation>
    </message>
    <message>
        <source>Say why the expected answer is wrong.</source>
        <translation>Begründen Sie, warum die erwartete Antwort falsch ist.</translation>
    </message>
    <message>
        <source>The answer is not in the local copy.</source>
        <translation>Die Antwort ist nicht in der lokalen Kopie.</translation>
    </message>
    <message>
        <source>Contest queued; sending it now.</source>
        <translation>Einspruch eingereiht; er wird jetzt gesendet.</translation>
    </message>
    <message>
        <source>Contest stored; it will be sent when you are back online.</source>
        <translation>Einspruch gespeichert; er wird gesendet, sobald Sie wieder online sind.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::OfflineSection</name>
    <message>
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <source>A claim reserves items for you, so you can answer them without a connection. Claim more before a trip, fewer on a normal day.</source>
        <translation>Eine Übernahme reserviert Elemente für Sie, sodass Sie sie ohne Verbindung beantworten können. Übernehmen Sie vor einer Reise mehr, an einem normalen Tag weniger.</translation>
    </message>
    <message>
        <source>Items per claim</source>
        <translation>Elemente pro Übernahme</translation>
    </message>
    <message>
        <source> items</source>
        <translation> Elemente</translation>
    </message>
    <message>
        <source>500 items</source>
        <translation>500 Elemente</translation>
    </message>
    <message>
        <source>&amp;Items per claim:</source>
        <translation>&amp;Elemente pro Übernahme:</translation>
    </message>
    <message>
        <source>From 1 to %L1 items, as the marketplace allows; it suggests %L2. The task queue&apos;s Claim button starts with this number; a task with fewer open items gives fewer.</source>
        <translation>Von 1 bis %L1 Elemente, so viele der Marktplatz erlaubt; er empfiehlt %L2. Die Schaltfläche „Elemente übernehmen“ in der Aufgabenliste beginnt mit dieser Zahl; hat eine Aufgabe weniger offene Elemente, sind es entsprechend weniger.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::OutcomeView</name>
    <message>
        <source>Settlement</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>The panel closed without votes: the worker is not at fault.</source>
        <translation>Das Gremium schloss ohne Stimmen: Den Bearbeiter trifft keine Schuld.</translation>
    </message>
    <message>
        <source>The panel found the answer mostly the worker&apos;s fault.</source>
        <translation>Das Gremium sah die Schuld überwiegend beim Bearbeiter.</translation>
    </message>
    <message>
        <source>The panel found the rejection mostly the requester&apos;s fault.</source>
        <translation>Das Gremium sah die Schuld an der Ablehnung überwiegend beim Auftraggeber.</translation>
    </message>
    <message>
        <source>The panel split evenly.</source>
        <translation>Das Gremium war gleichmäßig gespalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) · worker fault %1 · requester fault %2</source>
        <translation>
            <numerusform>%n Stimme · Fehler des Bearbeiters %1 · Fehler des Auftraggebers %2</numerusform>
            <numerusform>%n Stimmen · Fehler des Bearbeiters %1 · Fehler des Auftraggebers %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Worker fault</source>
        <translation>Fehler des Bearbeiters</translation>
    </message>
    <message>
        <source>Requester fault</source>
        <translation>Fehler des Auftraggebers</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Schuld</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>How the panel voted</source>
        <translation>Wie das Gremium abstimmte</translation>
    </message>
    <message>
        <source>Worker paid in full</source>
        <translation>Bearbeiter voll bezahlt</translation>
    </message>
    <message>
        <source>Requester charged (share at fault)</source>
        <translation>Auftraggeber belastet (Schuldanteil)</translation>
    </message>
    <message>
        <source>Arbitration fee (requester)</source>
        <translation>Schlichtungsgebühr (Auftraggeber)</translation>
    </message>
    <message>
        <source>Mistake pay (covered by the platform)</source>
        <translation>Fehlervergütung (von der Plattform übernommen)</translation>
    </message>
    <message numerus="yes">
        <source>Arbiter pay, %n arbiter(s)</source>
        <translation>
            <numerusform>Schlichtervergütung, %n Schlichter</numerusform>
            <numerusform>Schlichtervergütung, %n Schlichter</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ledger lines for this settlement have not arrived yet.</source>
        <translation>Ihre Buchungen für diese Abrechnung sind noch nicht eingetroffen.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Matches the worker pay above.</source>
        <translation>Stimmt mit der Bearbeitervergütung oben überein.</translation>
    </message>
    <message>
        <source>Does not match the worker pay above.</source>
        <translation>Stimmt nicht mit der Bearbeitervergütung oben überein.</translation>
    </message>
    <message>
        <source>You paid %1: the charge plus the fee; the rest of the slot&apos;s escrow came back.</source>
        <translation>Sie haben %1 bezahlt: die Belastung plus die Gebühr; der Rest der Treuhand für diesen Platz kam zurück.</translation>
    </message>
    <message>
        <source>Matches the arbiter pay above.</source>
        <translation>Stimmt mit der Schlichtervergütung oben überein.</translation>
    </message>
    <message>
        <source>Does not match the arbiter pay above.</source>
        <translation>Stimmt nicht mit der Schlichtervergütung oben überein.</translation>
    </message>
    <message>
        <source>On your books</source>
        <translation>Ihre Buchungen</translation>
    </message>
    <message>
        <source>Arbiter %1</source>
        <translation>Schlichter %1</translation>
    </message>
    <message>
        <source>No rationales: no arbiter voted.</source>
        <translation>Keine Begründungen: Kein Schlichter hat abgestimmt.</translation>
    </message>
    <message>
        <source>Rationales (names withheld)</source>
        <translation>Begründungen (ohne Namen)</translation>
    </message>
</context>
<context>
    <name>Chrysalis::PairwiseEditor</name>
    <message>
        <source>A is better   (A)</source>
        <translation>A ist besser   (A)</translation>
    </message>
    <message>
        <source>Tie   (T)</source>
        <translation>Gleich gut   (T)</translation>
    </message>
    <message>
        <source>B is better   (B)</source>
        <translation>B ist besser   (B)</translation>
    </message>
    <message>
        <source>Response A</source>
        <translation>Antwort A</translation>
    </message>
    <message>
        <source>Response B</source>
        <translation>Antwort B</translation>
    </message>
    <message>
        <source>Why? A sentence or two (required)</source>
        <translation>Warum? Ein oder zwei Sätze (erforderlich)</translation>
    </message>
</context>
<context>
    <name>Chrysalis::PointsHistoryModel</name>
    <message>
        <source>Feedback approved your task without changes</source>
        <translation>Feedback hat Ihre Aufgabe ohne Änderungen angenommen</translation>
    </message>
    <message>
        <source>Workers&apos; ratings of your butterfly tasks (a batch)</source>
        <translation>Bewertungen Ihrer Schmetterlings-Aufgaben durch Bearbeiter (eine Gruppe)</translation>
    </message>
    <message>
        <source>Workers&apos; ratings of your butterfly tasks (a batch, below neutral)</source>
        <translation>Bewertungen Ihrer Schmetterlings-Aufgaben durch Bearbeiter (eine Gruppe, unter neutral)</translation>
    </message>
    <message>
        <source>A panel found you at fault in a conflict</source>
        <translation>Ein Gremium sah die Schuld in einem Streitfall bei Ihnen</translation>
    </message>
    <message>
        <source> — you became a Butterfly</source>
        <translation> — Sie wurden zum Schmetterling</translation>
    </message>
    <message>
        <source> — you returned to Caterpillar</source>
        <translation> — Sie wurden wieder zur Raupe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Points after</source>
        <translation>Punkte danach</translation>
    </message>
</context>
<context>
    <name>Chrysalis::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Preferences message</source>
        <translation>Meldung der Einstellungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ProfilePage</name>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Approved answers</source>
        <translation>Angenommene Antworten</translation>
    </message>
    <message>
        <source>Feedback tasks done</source>
        <translation>Erledigte Feedback-Aufgaben</translation>
    </message>
    <message>
        <source>Lost conflicts</source>
        <translation>Verlorene Streitfälle</translation>
    </message>
    <message>
        <source>Profile and tier</source>
        <translation>Profil und Stufe</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Skills and content</source>
        <translation>Fähigkeiten und Inhalte</translation>
    </message>
    <message>
        <source>e.g. German, Software testing</source>
        <translation>z. B. Deutsch, Softwaretests</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Fähigkeiten:</translation>
    </message>
    <message>
        <source>Promotion to %1 queued.</source>
        <translation>Aufstieg zu %1 eingereiht.</translation>
    </message>
    <message>
        <source>Your profile appears after the first sync.</source>
        <translation>Ihr Profil erscheint nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>%1 — shown to others as %2; roles: %3</source>
        <translation>%1 — für andere sichtbar als %2; Rollen: %3</translation>
    </message>
    <message>
        <source>Tiers are for workers.</source>
        <translation>Stufen gibt es nur für Bearbeiter.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, the highest tier.</source>
        <translation>Sie sind &lt;b&gt;%1&lt;/b&gt;, die höchste Stufe.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;. On the way to &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Sie sind &lt;b&gt;%1&lt;/b&gt;. Auf dem Weg zu &lt;b&gt;%2&lt;/b&gt;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (at most %2 in your last %Ln answer(s)) %3</source>
        <translation>
            <numerusform>%1 (höchstens %2 in Ihrer letzten %Ln Antwort) %3</numerusform>
            <numerusform>%1 (höchstens %2 in Ihren letzten %Ln Antworten) %3</numerusform>
        </translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>✗</source>
        <translation>✗</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <source>&amp;Become %1</source>
        <translation>%1 &amp;werden</translation>
    </message>
    <message>
        <source>Not eligible for %1 yet</source>
        <translation>Noch nicht berechtigt für %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved; it reaches the marketplace with the next sync.</source>
        <translation>Gespeichert; es erreicht den Marktplatz mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>&amp;Content opt-ins and limits…</source>
        <translation>&amp;Zugelassene Inhalte und Limits…</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhalte:</translation>
    </message>
    <message>
        <source>No content warnings opted in.</source>
        <translation>Keinen Inhaltswarnungen zugestimmt.</translation>
    </message>
    <message>
        <source>Opted in: %1</source>
        <translation>Zugelassen: %1</translation>
    </message>
    <message>
        <source>Accuracy on test items</source>
        <translation>Genauigkeit bei Kontrollfragen</translation>
    </message>
    <message>
        <source>Test items: %1. %2</source>
        <translation>Kontrollfragen: %1. %2</translation>
    </message>
    <message>
        <source>%1 % (pass mark %2 %) %3</source>
        <translation>%1 % (Bestehensgrenze %2 %) %3</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>✓ %1 — verified by a passed qualification test</source>
        <translation>✓ %1 — verifiziert durch einen bestandenen Qualifikationstest</translation>
    </message>
    <message>
        <source>✓ %1 — verified by passing %2</source>
        <translation>✓ %1 — verifiziert durch Bestehen von %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Skills backed by a paid qualification test you passed</source>
        <translation>Fähigkeiten, die Sie mit einem bestandenen bezahlten Qualifikationstest nachgewiesen haben</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Verifiziert:</translation>
    </message>
</context>
<context>
    <name>Chrysalis::QualitySettings</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Mehrheitsentscheid</translation>
    </message>
    <message>
        <source>Majority weighted by agreement (WAWA)</source>
        <translation>Nach Übereinstimmung gewichtete Mehrheit (WAWA)</translation>
    </message>
    <message>
        <source>Dawid–Skene (per-worker confusion)</source>
        <translation>Dawid–Skene (Verwechslungen je Bearbeiter)</translation>
    </message>
    <message>
        <source>One-coin (per-worker accuracy)</source>
        <translation>One-Coin (Genauigkeit je Bearbeiter)</translation>
    </message>
    <message>
        <source>GLAD (worker skill and item difficulty)</source>
        <translation>GLAD (Können der Bearbeiter und Schwierigkeit der Elemente)</translation>
    </message>
    <message>
        <source>MACE (spots spammers)</source>
        <translation>MACE (erkennt Spammer)</translation>
    </message>
    <message>
        <source>Mean (rating fields)</source>
        <translation>Mittelwert (Bewertungsfelder)</translation>
    </message>
    <message>
        <source>Median (rating fields)</source>
        <translation>Median (Bewertungsfelder)</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Field to aggregate</source>
        <translation>Zu aggregierendes Feld</translation>
    </message>
    <message>
        <source>Default (10 %)</source>
        <translation>Standard (10 %)</translation>
    </message>
    <message>
        <source> % of claims</source>
        <translation> % der Übernahmen</translation>
    </message>
    <message>
        <source>The share of gold (test) items mixed into each worker&apos;s claims, at most 50 %</source>
        <translation>Der Anteil an Kontrollfragen, der unter die übernommenen Elemente jedes Bearbeiters gemischt wird, höchstens 50 %</translation>
    </message>
    <message>
        <source>Required qualification</source>
        <translation>Erforderliche Qualifikation</translation>
    </message>
    <message>
        <source> % to pass</source>
        <translation> % zum Bestehen</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <source>&amp;Aggregation</source>
        <translation>A&amp;ggregation</translation>
    </message>
    <message>
        <source>&amp;Gold items</source>
        <translation>&amp;Kontrollfragen</translation>
    </message>
    <message>
        <source>&amp;Requires</source>
        <translation>E&amp;rfordert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No qualification</source>
        <translation>Keine Qualifikation</translation>
    </message>
    <message>
        <source>Qualification task %1</source>
        <translation>Qualifikationsaufgabe %1</translation>
    </message>
    <message>
        <source>By default answers are combined by majority vote on the form&apos;s first choice field, or else its first rating field.</source>
        <translation>Standardmäßig werden Antworten per Mehrheitsentscheid über das erste Auswahlfeld des Formulars zusammengeführt, ersatzweise über sein erstes Bewertungsfeld.</translation>
    </message>
    <message>
        <source>This method needs a rating field in the form.</source>
        <translation>Diese Methode braucht ein Bewertungsfeld im Formular.</translation>
    </message>
    <message>
        <source>This method needs a single-choice or rating field in the form.</source>
        <translation>Diese Methode braucht ein Einfachauswahl- oder Bewertungsfeld im Formular.</translation>
    </message>
    <message>
        <source>Answers to the chosen field are combined with this method.</source>
        <translation>Antworten auf das gewählte Feld werden mit dieser Methode zusammengeführt.</translation>
    </message>
    <message>
        <source>This is a paid &amp;qualification test</source>
        <translation>Dies ist ein bezahlter &amp;Qualifikationstest</translation>
    </message>
    <message>
        <source>Every item of a qualification test needs a gold answer; workers who pass it may take the tasks that require it</source>
        <translation>Jedes Element eines Qualifikationstests braucht eine Lösung; wer ihn besteht, darf die Aufgaben übernehmen, die ihn verlangen</translation>
    </message>
    <message>
        <source>e.g. German (optional)</source>
        <translation>z. B. Deutsch (optional)</translation>
    </message>
    <message>
        <source>Workers who pass this test (70 % right by default) get this skill on their profile, shown as verified</source>
        <translation>Bearbeiter, die diesen Test bestehen (standardmäßig 70 % richtig), erhalten diese Fähigkeit in ihrem Profil als verifiziert</translation>
    </message>
    <message>
        <source>&amp;Verifies skill</source>
        <translation>&amp;Verifizierte Fähigkeit</translation>
    </message>
</context>
<context>
    <name>Chrysalis::QueuePage</name>
    <message>
        <source>Search task titles</source>
        <translation>Aufgabentitel durchsuchen</translation>
    </message>
    <message>
        <source>Only tasks I can take</source>
        <translation>Nur Aufgaben, die ich übernehmen kann</translation>
    </message>
    <message>
        <source>Tasks shown</source>
        <translation>Angezeigte Aufgaben</translation>
    </message>
    <message>
        <source>Task queue</source>
        <translation>Aufgabenliste</translation>
    </message>
    <message>
        <source>My leased items</source>
        <translation>Meine reservierten Elemente</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Auftraggeber:</translation>
    </message>
    <message>
        <source>Pay per item:</source>
        <translation>Vergütung pro Element:</translation>
    </message>
    <message>
        <source>Time per item:</source>
        <translation>Zeit pro Element:</translation>
    </message>
    <message>
        <source>Implied pay per hour:</source>
        <translation>Rechnerischer Stundenlohn:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Elemente:</translation>
    </message>
    <message>
        <source>Minimum tier:</source>
        <translation>Mindeststufe:</translation>
    </message>
    <message>
        <source>Content warnings:</source>
        <translation>Inhaltswarnungen:</translation>
    </message>
    <message>
        <source>Why can&apos;t I take this?</source>
        <translation>Warum kann ich das nicht übernehmen?</translation>
    </message>
    <message>
        <source>Why this task is not offered to you</source>
        <translation>Warum Ihnen diese Aufgabe nicht angeboten wird</translation>
    </message>
    <message>
        <source>Items to claim</source>
        <translation>Zu übernehmende Elemente</translation>
    </message>
    <message>
        <source>&amp;Claim items</source>
        <translation>Elemente &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Elemente:</translation>
    </message>
    <message>
        <source>&lt;b&gt;My leased items&lt;/b&gt; — answer them before the time runs out</source>
        <translation>&lt;b&gt;Meine reservierten Elemente&lt;/b&gt; — beantworten Sie sie, bevor die Zeit abläuft</translation>
    </message>
    <message>
        <source>No leased items. Pick a task above and claim items to work on them, online or offline.</source>
        <translation>Keine reservierten Elemente. Wählen Sie oben eine Aufgabe und übernehmen Sie Elemente, um sie online oder offline zu bearbeiten.</translation>
    </message>
    <message>
        <source>Search task titles (%1)</source>
        <translation>Aufgabentitel durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Show only tasks I can take, or all</source>
        <translation>Nur übernehmbare Aufgaben oder alle anzeigen</translation>
    </message>
    <message>
        <source>Hide the tasks you cannot take (%1)</source>
        <translation>Aufgaben ausblenden, die Sie nicht übernehmen können (%1)</translation>
    </message>
    <message>
        <source>Go to the task list</source>
        <translation>Zur Aufgabenliste</translation>
    </message>
    <message>
        <source>Go to my leased items</source>
        <translation>Zu meinen reservierten Elementen</translation>
    </message>
    <message>
        <source>%1+ tasks</source>
        <translation>%1+ Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln Aufgabe</numerusform>
            <numerusform>%Ln Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>Keine Aufgabe ausgewählt</translation>
    </message>
    <message>
        <source>No tasks match. Sync to fetch new ones, or clear the search.</source>
        <translation>Keine passenden Aufgaben. Synchronisieren Sie, um neue zu holen, oder leeren Sie die Suche.</translation>
    </message>
    <message>
        <source>Pick a task to see its terms and claim items.</source>
        <translation>Wählen Sie eine Aufgabe, um ihre Bedingungen zu sehen und Elemente zu übernehmen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>✓ You can take this task.</source>
        <translation>✓ Sie können diese Aufgabe übernehmen.</translation>
    </message>
    <message>
        <source>You cannot take this task now.</source>
        <translation>Sie können diese Aufgabe derzeit nicht übernehmen.</translation>
    </message>
    <message numerus="yes">
        <source>You hold %Ln leased item(s) of it.</source>
        <translation>
            <numerusform>Sie haben %Ln Element davon reserviert.</numerusform>
            <numerusform>Sie haben %Ln Elemente davon reserviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue the claim: %1</source>
        <translation>Die Übernahme konnte nicht eingereiht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Claim of %Ln item(s) queued; your leases appear below once the marketplace confirms it.</source>
        <translation>
            <numerusform>Übernahme von %Ln Element eingereiht; Ihre Reservierungen erscheinen unten, sobald der Marktplatz sie bestätigt.</numerusform>
            <numerusform>Übernahme von %Ln Elementen eingereiht; Ihre Reservierungen erscheinen unten, sobald der Marktplatz sie bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;qualification task</source>
        <translation>&amp;Qualifikationsaufgabe öffnen</translation>
    </message>
    <message>
        <source>Select the paid qualification this task requires, to claim its items</source>
        <translation>Die bezahlte Qualifikation auswählen, die diese Aufgabe erfordert, um ihre Elemente übernehmen zu können</translation>
    </message>
    <message>
        <source>The qualification task is not in your queue: it may be full, or not synced yet.</source>
        <translation>Die Qualifikationsaufgabe ist nicht in Ihrer Warteschlange: Sie ist vielleicht voll oder noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Answers wanted:</source>
        <translation>Gesuchte Antworten:</translation>
    </message>
</context>
<context>
    <name>Chrysalis::RateTaskDialog</name>
    <message>
        <source>Rate this task</source>
        <translation>Diese Aufgabe bewerten</translation>
    </message>
    <message>
        <source>How good is “%1” as a task: clear instructions, fair pay, sensible items?</source>
        <translation>Wie gut ist „%1“ als Aufgabe: klare Anweisungen, faire Vergütung, sinnvolle Elemente?</translation>
    </message>
    <message>
        <source>0: poor</source>
        <translation>0: schlecht</translation>
    </message>
    <message>
        <source>10: excellent</source>
        <translation>10: ausgezeichnet</translation>
    </message>
    <message>
        <source>Your rating is private: the requester only ever sees an average of several.</source>
        <translation>Ihre Bewertung ist vertraulich: Der Auftraggeber sieht immer nur einen Durchschnitt aus mehreren.</translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation>Bewertung senden</translation>
    </message>
</context>
<context>
    <name>Chrysalis::RatingEditor</name>
    <message>
        <source>Rate %1 (key %2)</source>
        <translation>%1 bewerten (Schlüssel %2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ReframeDialog</name>
    <message>
        <source>Propose a reframing</source>
        <translation>Neufassung vorschlagen</translation>
    </message>
    <message>
        <source>Rewrite the instructions so the task is clearer or fairer. The requester sees your proposal and your reasons.</source>
        <translation>Formulieren Sie die Anweisungen so um, dass die Aufgabe klarer oder fairer wird. Der Auftraggeber sieht Ihren Vorschlag und Ihre Begründung.</translation>
    </message>
    <message>
        <source>Instructions (Markdown)</source>
        <translation>Anweisungen (Markdown)</translation>
    </message>
    <message>
        <source>Why this is better (required)</source>
        <translation>Warum das besser ist (erforderlich)</translation>
    </message>
    <message>
        <source>What goes wrong with the current wording, and how yours fixes it</source>
        <translation>Was an der aktuellen Formulierung schiefläuft und wie Ihre es behebt</translation>
    </message>
    <message>
        <source>Send proposal</source>
        <translation>Vorschlag senden</translation>
    </message>
</context>
<context>
    <name>Chrysalis::RejectionDialog</name>
    <message>
        <source>Reject answer</source>
        <translation>Antwort ablehnen</translation>
    </message>
    <message>
        <source>A rejection opens a panel of gold arbiters, and the worker is paid in full either way. Say which instruction the answer breaks.</source>
        <translation>Eine Ablehnung beruft ein Gremium aus Gold-Schlichtern ein, und der Bearbeiter wird in jedem Fall voll bezahlt. Geben Sie an, gegen welche Anweisung die Antwort verstößt.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>&amp;Instructions (Enter quotes the selected passage)</source>
        <translation>&amp;Anweisungen (Eingabe zitiert die markierte Stelle)</translation>
    </message>
    <message>
        <source>&amp;Written reason</source>
        <translation>&amp;Schriftliche Begründung</translation>
    </message>
    <message>
        <source>Quote the instruction and say how the answer breaks it.</source>
        <translation>Zitieren Sie die Anweisung und erklären Sie, wie die Antwort dagegen verstößt.</translation>
    </message>
    <message>
        <source>choose a reason</source>
        <translation>einen Grund wählen</translation>
    </message>
    <message>
        <source>write the reason</source>
        <translation>die Begründung schreiben</translation>
    </message>
    <message>
        <source>quote the instruction it relies on</source>
        <translation>die zugrunde liegende Anweisung zitieren</translation>
    </message>
    <message>
        <source>Still to do: %1.</source>
        <translation>Noch zu tun: %1.</translation>
    </message>
    <message>
        <source>The instructions say: “%1” </source>
        <translation>Die Anweisungen sagen: „%1“ </translation>
    </message>
</context>
<context>
    <name>Chrysalis::ResultsExportDialog</name>
    <message>
        <source>This task is not on this computer.</source>
        <translation>Diese Aufgabe ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>majority vote</source>
        <translation>Mehrheitsentscheid</translation>
    </message>
    <message>
        <source>weighted majority vote (Wawa)</source>
        <translation>gewichteten Mehrheitsentscheid (Wawa)</translation>
    </message>
    <message>
        <source>Dawid–Skene</source>
        <translation>Dawid–Skene</translation>
    </message>
    <message>
        <source>one-coin Dawid–Skene</source>
        <translation>One-Coin-Dawid–Skene</translation>
    </message>
    <message>
        <source>GLAD</source>
        <translation>GLAD</translation>
    </message>
    <message>
        <source>MACE</source>
        <translation>MACE</translation>
    </message>
    <message>
        <source>the mean</source>
        <translation>den Mittelwert</translation>
    </message>
    <message>
        <source>the median</source>
        <translation>den Median</translation>
    </message>
    <message>
        <source>Built from this computer&apos;s copy of the marketplace, which has not been synced yet.</source>
        <translation>Erstellt aus der Kopie des Marktplatzes auf diesem Computer, die noch nicht synchronisiert wurde.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Built from this computer&apos;s copy of the marketplace, last synced %1 (%2). Sync first for answers that arrived since.</source>
        <translation>Erstellt aus der Kopie des Marktplatzes auf diesem Computer, zuletzt synchronisiert am %1 (%2). Synchronisieren Sie zuerst, um seither eingegangene Antworten einzubeziehen.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Exportumfang</translation>
    </message>
    <message>
        <source>One row per &amp;item: its final label</source>
        <translation>Eine Zeile pro &amp;Element: sein endgültiges Label</translation>
    </message>
    <message>
        <source>Every &amp;answer, with its worker, revision, times and review</source>
        <translation>Jede &amp;Antwort, mit Bearbeiter, Revision, Zeiten und Prüfung</translation>
    </message>
    <message>
        <source>For audits and for forms without a field to aggregate. Workers appear by pseudonym only.</source>
        <translation>Für Audits und für Formulare ohne aggregierbares Feld. Bearbeiter erscheinen nur unter ihrem Pseudonym.</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets</source>
        <translation>CSV, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>JSON Lines, one object per line</source>
        <translation>JSON Lines, ein Objekt pro Zeile</translation>
    </message>
    <message>
        <source>Label Studio JSON, to import into Label Studio</source>
        <translation>Label-Studio-JSON, zum Import in Label Studio</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet-safe: text that would run as a formula starts with &apos;</source>
        <translation>&amp;Sicher für Tabellenkalkulationen: Text, der als Formel ausgeführt würde, beginnt mit &apos;</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln Antwort</numerusform>
            <numerusform>%Ln Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed panel(s)</source>
        <translation>
            <numerusform>%Ln geschlossenes Gremium</numerusform>
            <numerusform>%Ln geschlossene Gremien</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation>Nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>Not available: the answer form has no single-choice or rating field to aggregate.</source>
        <translation>Nicht verfügbar: Das Antwortformular hat kein Einfachauswahl- oder Bewertungsfeld, das sich aggregieren ließe.</translation>
    </message>
    <message>
        <source>The label of each answered item by %1 of “%2”, with its confidence, how many answers it rests on and whether it was unanimous, aggregated or decided by a panel.</source>
        <translation>Das Label jedes beantworteten Elements, ermittelt durch %1 über „%2“, mit seiner Konfidenz, der Zahl der Antworten, auf denen es beruht, und der Angabe, ob es einstimmig, aggregiert oder von einem Gremium entschieden wurde.</translation>
    </message>
    <message>
        <source>Not available: the task&apos;s revision has not been synced to this computer.</source>
        <translation>Nicht verfügbar: Die Revision der Aufgabe wurde noch nicht auf diesen Computer synchronisiert.</translation>
    </message>
    <message>
        <source>Nobody has answered this task yet, so there is nothing to export.</source>
        <translation>Noch hat niemand diese Aufgabe beantwortet, daher gibt es nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Export the results of “%1”</source>
        <translation>Ergebnisse von „%1“ exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Zieldatei.</translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation>Es wurde nichts geschrieben: %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ReviewPage</name>
    <message>
        <source>Review answers</source>
        <translation>Antworten prüfen</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Bearbeiter</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Approve  (A)</source>
        <translation>Annehmen  (A)</translation>
    </message>
    <message>
        <source>Reject…  (R)</source>
        <translation>Ablehnen…  (R)</translation>
    </message>
    <message>
        <source>↑/↓ move through the answers, A approves, R rejects. Reviews made offline are sent when you are back online.</source>
        <translation>↑/↓ wechselt zwischen den Antworten, A nimmt an, R lehnt ab. Offline vorgenommene Prüfungen werden gesendet, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>No answer selected</source>
        <translation>Keine Antwort ausgewählt</translation>
    </message>
    <message>
        <source>No answers to your tasks yet.</source>
        <translation>Noch keine Antworten zu Ihren Aufgaben.</translation>
    </message>
    <message>
        <source>Select an answer to see it against the form.</source>
        <translation>Wählen Sie eine Antwort, um sie mit dem Formular zu vergleichen.</translation>
    </message>
    <message>
        <source>Answer by %1 · %2 · took %3 s</source>
        <translation>Antwort von %1 · %2 · Dauer %3 s</translation>
    </message>
    <message>
        <source>Approved automatically in %1 unless you review it.</source>
        <translation>Wird in %1 automatisch angenommen, sofern Sie sie nicht prüfen.</translation>
    </message>
    <message>
        <source>Approved: the worker was paid.</source>
        <translation>Angenommen: Der Bearbeiter wurde bezahlt.</translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>A panel has settled it.</source>
        <translation>Ein Gremium hat entschieden.</translation>
    </message>
    <message>
        <source>A panel of arbiters is judging it.</source>
        <translation>Ein Schiedsgremium beurteilt sie.</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>Die Prüfung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::RevisionUndo</name>
    <message>
        <source>edit %1</source>
        <translation>Bearbeitung %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ServersSection</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Marketplaces you connect to. The sign-in window offers them, starting with the default.</source>
        <translation>Marktplätze, mit denen Sie sich verbinden. Das Anmeldefenster bietet sie an, beginnend mit dem Standardserver.</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Gespeicherte Server</translation>
    </message>
    <message>
        <source>&amp;Add server</source>
        <translation>Server &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>e.g. Team marketplace</source>
        <translation>z. B. Team-Marktplatz</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <source>User name on this server</source>
        <translation>Benutzername auf diesem Server</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Use this server by default</source>
        <translation>Diesen Server als &amp;Standard verwenden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>No saved servers yet. Add one to sign in to it with one click.</source>
        <translation>Noch keine gespeicherten Server. Fügen Sie einen hinzu, um sich mit einem Klick dort anzumelden.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>New server %1</source>
        <translation>Neuer Server %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::Session</name>
    <message>
        <source>Sign in with your password first.</source>
        <translation>Melden Sie sich zuerst mit Ihrem Passwort an.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key the client answers to, by page. Page keys work while that page is shown.</source>
        <translation>Alle Tasten, auf die der Client reagiert, nach Seiten geordnet. Seitentasten wirken, solange die Seite angezeigt wird.</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Chrysalis::SignInDialog</name>
    <message>
        <source>Welcome to Chrysalis</source>
        <translation>Willkommen bei Chrysalis</translation>
    </message>
    <message>
        <source>Chrysalis keeps your work on this computer and syncs it with a marketplace, so you can keep working offline.</source>
        <translation>Chrysalis speichert Ihre Arbeit auf diesem Computer und synchronisiert sie mit einem Marktplatz, sodass Sie auch offline weiterarbeiten können.</translation>
    </message>
    <message>
        <source>Marketplace address</source>
        <translation>Adresse des Marktplatzes</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Start a demo marketplace on this computer, with believable tasks and accounts. Nothing leaves your computer.</source>
        <translation>Startet einen Demo-Marktplatz auf diesem Computer, mit glaubwürdigen Aufgaben und Konten. Nichts verlässt Ihren Computer.</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Demo-Konto</translation>
    </message>
    <message>
        <source>bob — bronze worker</source>
        <translation>bob — Bearbeiter (Bronze)</translation>
    </message>
    <message>
        <source>sam — silver worker</source>
        <translation>sam — Bearbeiter (Silber)</translation>
    </message>
    <message>
        <source>gia — gold worker and arbiter</source>
        <translation>gia — Bearbeiterin (Gold) und Schlichterin</translation>
    </message>
    <message>
        <source>ada — butterfly requester</source>
        <translation>ada — Auftraggeberin (Schmetterling)</translation>
    </message>
    <message>
        <source>grace — caterpillar requester</source>
        <translation>grace — Auftraggeberin (Raupe)</translation>
    </message>
    <message>
        <source>&amp;Try it locally</source>
        <translation>&amp;Lokal ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation>Anmel&amp;den als:</translation>
    </message>
    <message>
        <source>Connect to a marketplace</source>
        <translation>Mit einem Marktplatz verbinden</translation>
    </message>
    <message>
        <source>Try it locally</source>
        <translation>Lokal ausprobieren</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
    <message>
        <source>Enter the marketplace address, your user name and your password.</source>
        <translation>Geben Sie die Adresse des Marktplatzes, Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Starting the local marketplace…</source>
        <translation>Lokaler Marktplatz wird gestartet…</translation>
    </message>
    <message>
        <source>Could not start the local marketplace: %1</source>
        <translation>Der lokale Marktplatz konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Gespeicherte Server</translation>
    </message>
    <message>
        <source>Another marketplace</source>
        <translation>Anderer Marktplatz</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sa&amp;ved server:</source>
        <translation>Gespeicherter &amp;Server:</translation>
    </message>
</context>
<context>
    <name>Chrysalis::SpansEditor</name>
    <message>
        <source>Select text, then press a label key:</source>
        <translation>Text markieren, dann eine Label-Taste drücken:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected span (Delete)</source>
        <translation>Markierten Abschnitt entfernen (Entf)</translation>
    </message>
    <message>
        <source>%1   “%2”   characters %3–%4</source>
        <translation>%1   „%2“   Zeichen %3–%4</translation>
    </message>
    <message>
        <source>No spans yet</source>
        <translation>Noch keine Abschnitte</translation>
    </message>
</context>
<context>
    <name>Chrysalis::SyncEngine</name>
    <message>
        <source>no server address set</source>
        <translation>keine Serveradresse festgelegt</translation>
    </message>
    <message>
        <source>the server address %1 must use https</source>
        <translation>die Serveradresse %1 muss https verwenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>the server refused the sign-in token</source>
        <translation>der Server hat das Anmeldetoken abgelehnt</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>token refresh failed</source>
        <translation>Erneuerung des Tokens fehlgeschlagen</translation>
    </message>
    <message>
        <source>token refresh refused</source>
        <translation>Erneuerung des Tokens abgelehnt</translation>
    </message>
    <message>
        <source>sign-out not confirmed by the server</source>
        <translation>Abmeldung vom Server nicht bestätigt</translation>
    </message>
    <message>
        <source>cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>server info refused</source>
        <translation>Abruf der Serverinformationen abgelehnt</translation>
    </message>
    <message>
        <source>the server speaks CSP/%1 to CSP/%2 and this client CSP/%3: update the client</source>
        <translation>der Server spricht CSP/%1 bis CSP/%2, dieser Client CSP/%3: aktualisieren Sie den Client</translation>
    </message>
    <message>
        <source>sign in first: the local database belongs to no user yet</source>
        <translation>melden Sie sich zuerst an: die lokale Datenbank gehört noch keinem Benutzer</translation>
    </message>
    <message>
        <source>push failed</source>
        <translation>Senden fehlgeschlagen</translation>
    </message>
    <message>
        <source>push refused</source>
        <translation>Senden abgelehnt</translation>
    </message>
    <message>
        <source>pull failed</source>
        <translation>Abrufen fehlgeschlagen</translation>
    </message>
    <message>
        <source>pull refused</source>
        <translation>Abrufen abgelehnt</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TaskEditorPage</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In feedback</source>
        <translation>Im Feedback</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>&amp;Neue Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>Answer &amp;form</source>
        <translation>Antwort&amp;formular</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Elemente</translation>
    </message>
    <message>
        <source>What workers see in the queue</source>
        <translation>Was Bearbeiter in der Aufgabenliste sehen</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source> ¢ per answer</source>
        <translation> ¢ pro Antwort</translation>
    </message>
    <message>
        <source> s per item</source>
        <translation> s pro Element</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Vergütung</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>Schät&amp;zung</translation>
    </message>
    <message>
        <source>&amp;Overlap</source>
        <translation>Ü&amp;berlappung</translation>
    </message>
    <message>
        <source>Bronze (everyone)</source>
        <translation>Bronze (alle)</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Minimum &amp;tier</source>
        <translation>Min&amp;deststufe</translation>
    </message>
    <message>
        <source>comma separated, e.g. german, medicine</source>
        <translation>durch Kommas getrennt, z. B. Deutsch, Medizin</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>Fä&amp;higkeiten</translation>
    </message>
    <message>
        <source>comma separated, e.g. violence</source>
        <translation>durch Kommas getrennt, z. B. Gewalt</translation>
    </message>
    <message>
        <source>Content &amp;warnings</source>
        <translation>Inhalts&amp;warnungen</translation>
    </message>
    <message>
        <source>I&amp;nstructions (Markdown)</source>
        <translation>Anweisungen (&amp;Markdown)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Import items…</source>
        <translation>Elemente im&amp;portieren…</translation>
    </message>
    <message>
        <source>Discard imported items</source>
        <translation>Importierte Elemente verwerfen</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>Veröffent&amp;lichen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>· not yet synced</source>
        <translation>· noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>The task&apos;s revision could not be read: %1</source>
        <translation>Die Revision der Aufgabe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Field %1 (%2)</source>
        <translation>Feld %1 (%2)</translation>
    </message>
    <message>
        <source>1 item on the marketplace</source>
        <translation>1 Element auf dem Marktplatz</translation>
    </message>
    <message>
        <source>%1 items on the marketplace</source>
        <translation>%1 Elemente auf dem Marktplatz</translation>
    </message>
    <message>
        <source>1 imported item not yet sent: it goes out with the next save</source>
        <translation>1 importiertes Element noch nicht gesendet: Es geht mit dem nächsten Speichern hinaus</translation>
    </message>
    <message>
        <source>%1 imported items not yet sent: they go out with the next save</source>
        <translation>%1 importierte Elemente noch nicht gesendet: Sie gehen mit dem nächsten Speichern hinaus</translation>
    </message>
    <message>
        <source>Fee (butterfly)</source>
        <translation>Schmetterlingsgebühr</translation>
    </message>
    <message>
        <source>Fee (caterpillar)</source>
        <translation>Raupengebühr</translation>
    </message>
    <message>
        <source>Set the pay per answer to see the escrow.</source>
        <translation>Legen Sie die Vergütung pro Antwort fest, um die Treuhand zu sehen.</translation>
    </message>
    <message>
        <source>Fee per answer</source>
        <translation>Gebühr pro Antwort</translation>
    </message>
    <message>
        <source>Escrow per answer</source>
        <translation>Treuhand pro Antwort</translation>
    </message>
    <message>
        <source>Answers (%1 items × %2)</source>
        <translation>Antworten (%1 Elemente × %2)</translation>
    </message>
    <message>
        <source>Escrow at publish</source>
        <translation>Treuhand bei Veröffentlichung</translation>
    </message>
    <message>
        <source>Import items to see the whole escrow.</source>
        <translation>Importieren Sie Elemente, um die gesamte Treuhand zu sehen.</translation>
    </message>
    <message>
        <source>Implied hourly pay</source>
        <translation>Stundenlohn</translation>
    </message>
    <message>
        <source> /h</source>
        <translation> /h</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Your balance</source>
        <translation>Ihr Guthaben</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Aus %1 wurde nichts importiert:</translation>
    </message>
    <message>
        <source>A task holds at most %1 items.</source>
        <translation>Eine Aufgabe enthält höchstens %1 Elemente.</translation>
    </message>
    <message>
        <source>Imported 1 item from %1.</source>
        <translation>1 Element aus %1 importiert.</translation>
    </message>
    <message>
        <source>Imported %1 items from %2.</source>
        <translation>%1 Elemente aus %2 importiert.</translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>Elemente importieren</translation>
    </message>
    <message>
        <source>Item files (*.jsonl *.ndjson *.json *.csv *.tsv)</source>
        <translation>Elementdateien (*.jsonl *.ndjson *.json *.csv *.tsv)</translation>
    </message>
    <message>
        <source>Only a draft can be changed.</source>
        <translation>Nur ein Entwurf kann geändert werden.</translation>
    </message>
    <message>
        <source>Give the task a title before saving.</source>
        <translation>Geben Sie der Aufgabe vor dem Speichern einen Titel.</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The items could not be queued: %1</source>
        <translation>Die Elemente konnten nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Draft saved; sending it to the marketplace.</source>
        <translation>Entwurf gespeichert; er wird an den Marktplatz gesendet.</translation>
    </message>
    <message>
        <source>Draft saved here; it goes to the marketplace when you are online.</source>
        <translation>Entwurf hier gespeichert; er geht an den Marktplatz, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>Fix the problems marked in red before publishing.</source>
        <translation>Beheben Sie vor dem Veröffentlichen die rot markierten Probleme.</translation>
    </message>
    <message>
        <source>Import at least one item before publishing.</source>
        <translation>Importieren Sie vor dem Veröffentlichen mindestens ein Element.</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>mindestens ein Element ist nötig</translation>
    </message>
    <message>
        <source>Publishing could not be queued: %1</source>
        <translation>Die Veröffentlichung konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Publishing: the escrow is reserved when the marketplace accepts it.</source>
        <translation>Veröffentlichung: Die Treuhand wird reserviert, sobald der Marktplatz sie annimmt.</translation>
    </message>
    <message>
        <source>Publishing: the task goes to feedback once the escrow is reserved.</source>
        <translation>Veröffentlichung: Die Aufgabe geht ins Feedback, sobald die Treuhand reserviert ist.</translation>
    </message>
    <message>
        <source>%1 (conflicted copy)</source>
        <translation>%1 (Konfliktkopie)</translation>
    </message>
    <message>
        <source>The draft changed on the marketplace while you edited it. Your version is kept as &quot;%1&quot; beside the marketplace&apos;s.</source>
        <translation>Der Entwurf wurde auf dem Marktplatz geändert, während Sie ihn bearbeitet haben. Ihre Fassung bleibt als „%1“ neben der des Marktplatzes erhalten.</translation>
    </message>
    <message>
        <source>Not published: the escrow needs %1 but your balance is %2. Nothing was reserved; add funds or lower the pay, overlap or items and publish again.</source>
        <translation>Nicht veröffentlicht: Die Treuhand erfordert %1, Ihr Guthaben beträgt aber %2. Es wurde nichts reserviert; zahlen Sie Geld ein oder senken Sie Vergütung, Überlappung oder Elementzahl und veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the answers of a published task to a CSV, JSON Lines or Label Studio file</source>
        <translation>Die Antworten einer veröffentlichten Aufgabe in eine CSV-, JSON-Lines- oder Label-Studio-Datei schreiben</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>Ergebnisse in %1 geschrieben</translation>
    </message>
    <message>
        <source>Gold contests</source>
        <translation>Einsprüche</translation>
    </message>
    <message>
        <source>Gold contests (%1 open)</source>
        <translation>Einsprüche (%1 offen)</translation>
    </message>
    <message>
        <source>Import the items workers answer from a JSONL file (one JSON object per line) or a CSV file (a header row names the keys). A file with any bad line adds nothing.
Gold (test) items carry the expected answer: in JSONL a &quot;gold&quot; object of answer fields and &quot;training&quot;: true for an item that shows its answer after submitting; in CSV a &quot;gold.&lt;field&gt;&quot; column per judged field and a &quot;training&quot; column (yes/no).</source>
        <translation>Importieren Sie die Elemente, die Bearbeiter beantworten, aus einer JSONL-Datei (ein JSON-Objekt pro Zeile) oder einer CSV-Datei (eine Kopfzeile benennt die Schlüssel). Eine Datei mit auch nur einer fehlerhaften Zeile fügt nichts hinzu.
Kontrollfragen enthalten die erwartete Antwort: in JSONL ein Objekt „gold“ mit den Antwortfeldern und „training“: true für ein Element, das nach dem Absenden seine Antwort zeigt; in CSV eine Spalte „gold.&lt;Feldname&gt;“ je bewertetem Feld und eine Spalte „training“ (yes/no).</translation>
    </message>
    <message>
        <source>gold (test) items: %1 on the marketplace, %2 imported</source>
        <translation>Kontrollfragen: %1 auf dem Marktplatz, %2 importiert</translation>
    </message>
    <message>
        <source>gold (test) items: %1</source>
        <translation>Kontrollfragen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them with a gold answer.</source>
        <translation>
            <numerusform>%Ln davon mit Lösung.</numerusform>
            <numerusform>%Ln davon mit Lösung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) per item</source>
        <translation>
            <numerusform>%n Antwort pro Element</numerusform>
            <numerusform>%n Antworten pro Element</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::TaskQueueModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Your account is suspended.</source>
        <translation>Ihr Konto ist gesperrt.</translation>
    </message>
    <message>
        <source>You posted this task.</source>
        <translation>Sie haben diese Aufgabe erstellt.</translation>
    </message>
    <message>
        <source>The task is not open for work.</source>
        <translation>Die Aufgabe ist nicht zur Bearbeitung offen.</translation>
    </message>
    <message>
        <source>You have answered every item you could take.</source>
        <translation>Sie haben jedes Element beantwortet, das Sie übernehmen konnten.</translation>
    </message>
    <message>
        <source>Panels take gold workers only.</source>
        <translation>Gremien nehmen nur Bearbeiter der Stufe Gold auf.</translation>
    </message>
    <message>
        <source>Feedback tasks take silver and gold workers only.</source>
        <translation>Feedback-Aufgaben sind Bearbeitern der Stufen Silber und Gold vorbehalten.</translation>
    </message>
    <message>
        <source>Tasks of caterpillar requesters take silver and gold workers only.</source>
        <translation>Aufgaben von Auftraggebern im Raupenstatus sind Bearbeitern der Stufen Silber und Gold vorbehalten.</translation>
    </message>
    <message>
        <source>Your tier is below the task&apos;s minimum tier.</source>
        <translation>Ihre Stufe liegt unter der Mindeststufe der Aufgabe.</translation>
    </message>
    <message>
        <source>A required skill is missing from your profile.</source>
        <translation>In Ihrem Profil fehlt eine erforderliche Fähigkeit.</translation>
    </message>
    <message>
        <source>The task carries a content warning you have not opted in to.</source>
        <translation>Die Aufgabe trägt eine Inhaltswarnung, der Sie nicht zugestimmt haben.</translation>
    </message>
    <message>
        <source>No slot is free for you right now.</source>
        <translation>Derzeit ist kein Platz für Sie frei.</translation>
    </message>
    <message>
        <source>Taking these items would go over today&apos;s limit you set for one of the task&apos;s content warnings.</source>
        <translation>Mit diesen Elementen würden Sie das Tageslimit überschreiten, das Sie für eine der Inhaltswarnungen der Aufgabe festgelegt haben.</translation>
    </message>
    <message>
        <source>Not available (%1).</source>
        <translation>Nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation>Schmetterling</translation>
    </message>
    <message>
        <source>Caterpillar</source>
        <translation>Raupe</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Lohn</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pro Std.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>You have not passed the paid qualification this task requires.</source>
        <translation>Sie haben die bezahlte Qualifikation, die diese Aufgabe erfordert, nicht bestanden.</translation>
    </message>
    <message>
        <source>Pass the paid qualification task this task requires first (pass mark %1 %).</source>
        <translation>Bestehen Sie zuerst die bezahlte Qualifikationsaufgabe, die diese Aufgabe erfordert (Bestehensgrenze %1 %).</translation>
    </message>
    <message>
        <source>Pass the paid qualification “%1” first (pass mark %2 %).</source>
        <translation>Bestehen Sie zuerst die bezahlte Qualifikation „%1“ (Bestehensgrenze %2 %).</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamInviteDialog</name>
    <message>
        <source>Invite an earlier team</source>
        <translation>Früheres Team einladen</translation>
    </message>
    <message>
        <source>Ask a team that worked well for you before to “%1”. Each member whose role has a free seat here gets that seat reserved for two days (or until the deadline); they accept or decline, and a declined seat opens to everyone again.</source>
        <translation>Laden Sie ein Team, mit dem Sie gute Erfahrungen gemacht haben, zu „%1“ ein. Jedem Mitglied, für dessen Rolle hier ein Platz frei ist, wird dieser Platz zwei Tage lang (oder bis zur Frist) freigehalten; es nimmt die Einladung an oder lehnt sie ab, und ein abgelehnter Platz steht wieder allen offen.</translation>
    </message>
    <message>
        <source>Earlier teams</source>
        <translation>Frühere Teams</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>members not known yet</source>
        <translation>Mitglieder noch unbekannt</translation>
    </message>
    <message>
        <source>&amp;Invite this team</source>
        <translation>Dieses Team &amp;einladen</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamPostDialog</name>
    <message>
        <source>New team task</source>
        <translation>Neue Team-Aufgabe</translation>
    </message>
    <message>
        <source>Workers who have the skill and tier take the seats you post, first come. Once every seat is taken the team works together and delivers. Each seat&apos;s pay and fee are held in escrow when you post.</source>
        <translation>Bearbeiter mit der nötigen Fähigkeit und Stufe übernehmen die Plätze, die Sie ausschreiben – wer zuerst kommt, erhält den Platz. Sobald alle Plätze besetzt sind, arbeitet das Team zusammen und gibt ab. Vergütung und Gebühr jedes Platzes werden beim Ausschreiben in Treuhand gehalten.</translation>
    </message>
    <message>
        <source>e.g. Review the checkout screen</source>
        <translation>z. B. Checkout-Seite prüfen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What the team does together and what it delivers.</source>
        <translation>Was das Team gemeinsam tut und was es abgibt.</translation>
    </message>
    <message>
        <source>&amp;Brief:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>One shared answer, signed by every member</source>
        <translation>Eine gemeinsame Antwort, von allen Mitgliedern unterzeichnet</translation>
    </message>
    <message>
        <source>One answer per role</source>
        <translation>Eine Antwort pro Rolle</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>&amp;Abgabe:</translation>
    </message>
    <message>
        <source>at most %1 days ahead</source>
        <translation>höchstens %1 Tage ab heute</translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roles&lt;/b&gt; — %1 to %2 roles, at most %3 seats in all</source>
        <translation>&lt;b&gt;Rollen&lt;/b&gt; — %1 bis %2 Rollen, insgesamt höchstens %3 Plätze</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Minimum tier</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Pay per seat</source>
        <translation>Lohn pro Platz</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Add &amp;role</source>
        <translation>&amp;Rolle hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Post and hold the escrow</source>
        <translation>Aus&amp;schreiben mit Treuhand</translation>
    </message>
    <message>
        <source>e.g. tester</source>
        <translation>z. B. Tester</translation>
    </message>
    <message>
        <source>e.g. Software Testing</source>
        <translation>z. B. Softwaretests</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this role</source>
        <translation>Diese Rolle entfernen</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Plätze: %1</translation>
    </message>
    <message>
        <source>Escrow: &lt;b&gt;%1&lt;/b&gt; (pay %2 + fees %3)</source>
        <translation>Treuhand: &lt;b&gt;%1&lt;/b&gt; (Vergütung %2 + Gebühren %3)</translation>
    </message>
    <message>
        <source>Your balance: %1</source>
        <translation>Ihr Guthaben: %1</translation>
    </message>
    <message>
        <source>Your balance is %1 short of the escrow.</source>
        <translation>Ihrem Guthaben fehlen %1 für die Treuhand.</translation>
    </message>
    <message>
        <source>role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>minimum tier</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>pay</source>
        <translation>Vergütung</translation>
    </message>
    <message>
        <source>Role %1, %2</source>
        <translation>Rolle %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamRejectDialog</name>
    <message>
        <source>Reject the team&apos;s delivery</source>
        <translation>Abgabe des Teams ablehnen</translation>
    </message>
    <message>
        <source>Rejecting opens one conflict panel of gold arbiters for the whole delivery; none of them sat on a team with its members. Every member is paid their role&apos;s pay whatever the panel decides: its verdict only sets how much counts as the team&apos;s mistake and what you are charged.</source>
        <translation>Eine Ablehnung beruft ein einziges Gremium aus Gold-Schlichtern für die gesamte Abgabe ein; keiner von ihnen war je mit einem der Mitglieder in einem Team. Jedes Mitglied erhält die Vergütung seiner Rolle, wie auch immer das Gremium entscheidet: Sein Urteil legt nur fest, wie viel als Fehler des Teams gilt und womit Sie belastet werden.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>&amp;Written reason</source>
        <translation>&amp;Schriftliche Begründung</translation>
    </message>
    <message>
        <source>Quote the brief and say how the delivery misses it.</source>
        <translation>Zitieren Sie die Beschreibung und erklären Sie, worin die Abgabe sie verfehlt.</translation>
    </message>
    <message>
        <source>Reject and open a panel</source>
        <translation>Ablehnen und Gremium einberufen</translation>
    </message>
    <message>
        <source>choose a reason</source>
        <translation>einen Grund wählen</translation>
    </message>
    <message>
        <source>write the reason</source>
        <translation>die Begründung schreiben</translation>
    </message>
    <message>
        <source>shorten the reason to %1 characters</source>
        <translation>die Begründung auf %1 Zeichen kürzen</translation>
    </message>
    <message>
        <source>Still to do: %1.</source>
        <translation>Noch zu tun: %1.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamRequestsPage</name>
    <message>
        <source>Your team tasks</source>
        <translation>Ihre Team-Aufgaben</translation>
    </message>
    <message>
        <source>You have posted no team task yet.</source>
        <translation>Sie haben noch keine Team-Aufgabe ausgeschrieben.</translation>
    </message>
    <message>
        <source>Choose a team task to see its team and delivery.</source>
        <translation>Wählen Sie eine Team-Aufgabe aus, um ihr Team und ihre Abgabe zu sehen.</translation>
    </message>
    <message>
        <source>Delivered answer</source>
        <translation>Abgegebene Antwort</translation>
    </message>
    <message>
        <source>&amp;Approve and pay the team</source>
        <translation>&amp;Annehmen und Team bezahlen</translation>
    </message>
    <message>
        <source>Team tasks</source>
        <translation>Team-Aufgaben</translation>
    </message>
    <message>
        <source>%1 · deadline %2 · %3</source>
        <translation>%1 · Frist %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The team has not formed yet.</source>
        <translation>Das Team ist noch nicht vollständig.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Abgabe</translation>
    </message>
    <message>
        <source>You see the team&apos;s answer here once every member has signed it (or every role has submitted its part).</source>
        <translation>Hier sehen Sie die Antwort des Teams, sobald alle Mitglieder sie unterzeichnet haben (oder jede Rolle ihren Teil eingereicht hat).</translation>
    </message>
    <message>
        <source>— %1 (%2) —</source>
        <translation>— %1 (%2) —</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Could not keep this change: %1</source>
        <translation>Diese Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Approved. Each member is paid when the marketplace confirms it.</source>
        <translation>Angenommen. Jedes Mitglied wird bezahlt, sobald der Marktplatz dies bestätigt.</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Opens one conflict panel of gold arbiters for the whole delivery; every member is paid either way.</source>
        <translation>Beruft ein einziges Gremium aus Gold-Schlichtern für die gesamte Abgabe ein; jedes Mitglied wird in jedem Fall bezahlt.</translation>
    </message>
    <message>
        <source>&amp;Invite an earlier team…</source>
        <translation>Früheres Team &amp;einladen…</translation>
    </message>
    <message>
        <source>&amp;New team task…</source>
        <translation>&amp;Neue Team-Aufgabe…</translation>
    </message>
    <message>
        <source>Your flash teams: workers take the seats you posted; once every seat is taken the team works together and delivers. Approving a delivery pays each role from its escrow; rejecting it opens one conflict panel for the whole delivery.</source>
        <translation>Ihre Flash-Teams: Bearbeiter übernehmen die Plätze, die Sie ausgeschrieben haben; sobald alle Plätze besetzt sind, arbeitet das Team zusammen und gibt ab. Nehmen Sie eine Abgabe an, wird jede Rolle aus ihrer Treuhand bezahlt; lehnen Sie sie ab, wird ein einziges Gremium für die gesamte Abgabe einberufen.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>“%1” was not posted: the escrow needs %2 but your balance is %3. Nothing was held.</source>
        <translation>„%1“ wurde nicht ausgeschrieben: Die Treuhand erfordert %2, Ihr Guthaben beträgt aber %3. Es wurde nichts reserviert.</translation>
    </message>
    <message>
        <source>“%1” was not posted: %2</source>
        <translation>„%1“ wurde nicht ausgeschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <source> · %n reserved for invitees</source>
        <translation>
            <numerusform> · %n für Eingeladene freigehalten</numerusform>
            <numerusform> · %n für Eingeladene freigehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no earlier team whose delivery you approved.</source>
        <translation>Sie haben kein früheres Team, dessen Abgabe Sie angenommen haben.</translation>
    </message>
    <message>
        <source>This team task has already invited an earlier team.</source>
        <translation>Für diese Team-Aufgabe wurde bereits ein früheres Team eingeladen.</translation>
    </message>
    <message>
        <source>Reserve seats for the members of a team whose delivery you approved.</source>
        <translation>Hält Plätze für die Mitglieder eines Teams frei, dessen Abgabe Sie angenommen haben.</translation>
    </message>
    <message>
        <source>The marketplace refused your last change to this team: %1. It is listed under Needs attention.</source>
        <translation>Der Marktplatz hat Ihre letzte Änderung an diesem Team abgelehnt: %1. Sie ist unter „Handlungsbedarf“ aufgeführt.</translation>
    </message>
    <message>
        <source>In conflict: a panel of gold arbiters judges the whole delivery. Every member is paid; the verdict sets what you are charged.</source>
        <translation>Im Streitfall: Ein Gremium aus Gold-Schlichtern beurteilt die gesamte Abgabe. Jedes Mitglied wird bezahlt; das Urteil legt fest, womit Sie belastet werden.</translation>
    </message>
    <message>
        <source>Approved: each member was paid their role&apos;s pay.</source>
        <translation>Angenommen: Jedes Mitglied hat die Vergütung seiner Rolle erhalten.</translation>
    </message>
    <message>
        <source>Settled: the panel has closed and the escrow is settled.</source>
        <translation>Entschieden: Das Gremium hat geschlossen und die Treuhand ist abgerechnet.</translation>
    </message>
    <message>
        <source>No earlier team to invite: you have approved no team&apos;s delivery yet.</source>
        <translation>Kein früheres Team zum Einladen: Sie haben noch keine Abgabe eines Teams angenommen.</translation>
    </message>
    <message>
        <source>Rejected. A conflict panel opens for the whole delivery when the marketplace confirms it.</source>
        <translation>Abgelehnt. Ein Gremium für die gesamte Abgabe wird einberufen, sobald der Marktplatz dies bestätigt.</translation>
    </message>
    <message>
        <source>Invited. The members see their reserved seats once the marketplace confirms it.</source>
        <translation>Eingeladen. Die Mitglieder sehen ihre freigehaltenen Plätze, sobald der Marktplatz dies bestätigt.</translation>
    </message>
    <message>
        <source>Fee (butterfly)</source>
        <translation>Schmetterlingsgebühr</translation>
    </message>
    <message>
        <source>Fee (caterpillar)</source>
        <translation>Raupengebühr</translation>
    </message>
    <message>
        <source>Posted. Workers see the team task once the marketplace confirms it and holds the escrow.</source>
        <translation>Ausgeschrieben. Bearbeiter sehen die Team-Aufgabe, sobald der Marktplatz sie bestätigt und die Treuhand reserviert hat.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n seat(s) taken, %3 each</source>
        <translation>
            <numerusform>%1: %2 von %n Platz besetzt, je %3</numerusform>
            <numerusform>%1: %2 von %n Plätzen besetzt, je %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamRoomModel</name>
    <message>
        <source>You are not a member of this team.</source>
        <translation>Sie sind kein Mitglied dieses Teams.</translation>
    </message>
    <message>
        <source>The draft can no longer be changed.</source>
        <translation>Der Entwurf kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The draft is longer than %1 characters.</source>
        <translation>Der Entwurf ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>The team&apos;s thread is closed.</source>
        <translation>Der Nachrichtenverlauf des Teams ist geschlossen.</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>Schreiben Sie zuerst eine Nachricht.</translation>
    </message>
    <message>
        <source>not blank</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>A message holds at most %1 characters.</source>
        <translation>Eine Nachricht darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The team has already delivered.</source>
        <translation>Das Team hat bereits abgegeben.</translation>
    </message>
    <message>
        <source>This team delivers one part per role: submit your part instead.</source>
        <translation>Dieses Team gibt einen Teil pro Rolle ab: Reichen Sie stattdessen Ihren Teil ein.</translation>
    </message>
    <message>
        <source>Save the draft before signing it.</source>
        <translation>Speichern Sie den Entwurf, bevor Sie ihn unterzeichnen.</translation>
    </message>
    <message>
        <source>This team delivers one shared answer: sign the draft instead.</source>
        <translation>Dieses Team gibt eine gemeinsame Antwort ab: Unterzeichnen Sie stattdessen den Entwurf.</translation>
    </message>
    <message>
        <source>Write your part first.</source>
        <translation>Schreiben Sie zuerst Ihren Teil.</translation>
    </message>
    <message>
        <source>A part holds at most %1 characters.</source>
        <translation>Ein Teil darf höchstens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamRoomView</name>
    <message>
        <source>Shared draft</source>
        <translation>Gemeinsamer Entwurf</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>Nobody has written anything yet. Start the team&apos;s answer here and save it.</source>
        <translation>Noch hat niemand etwas geschrieben. Beginnen Sie hier die Antwort des Teams und speichern Sie sie.</translation>
    </message>
    <message>
        <source>Your conflicted copy</source>
        <translation>Ihre Konfliktkopie</translation>
    </message>
    <message>
        <source>&amp;Use my text</source>
        <translation>Meinen Text &amp;verwenden</translation>
    </message>
    <message>
        <source>Discard my copy</source>
        <translation>Meine Kopie verwerfen</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Team messages</source>
        <translation>Team-Nachrichten</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>Write to your team (Ctrl+Enter sends)</source>
        <translation>Nachricht an Ihr Team (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Abgabe</translation>
    </message>
    <message>
        <source>The requester wrote no brief.</source>
        <translation>Der Auftraggeber hat keine Beschreibung hinterlegt.</translation>
    </message>
    <message>
        <source>%1 (%2, you)</source>
        <translation>%1 (%2, Sie)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Team: %1 · %2</source>
        <translation>Team: %1 · %2</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>version %1 was saved while you edited version %2: saving keeps your text as a conflicted copy</source>
        <translation>Version %1 wurde gespeichert, während Sie Version %2 bearbeitet haben: Beim Speichern bleibt Ihr Text als Konfliktkopie erhalten</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Another member saved first, so your save of %1 (on version %2) was not applied. Your text is kept here:</source>
        <translation>Ein anderes Mitglied hat zuerst gespeichert, daher wurde Ihre Speicherung von %1 (auf Basis von Version %2) nicht übernommen. Ihr Text bleibt hier erhalten:</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 · %2 · %3 · %n characters</source>
        <translation>
            <numerusform>Version %1 · %2 · %3 · %n Zeichen</numerusform>
            <numerusform>Version %1 · %2 · %3 · %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>No edits yet.</source>
        <translation>Noch keine Bearbeitungen.</translation>
    </message>
    <message>
        <source>%1: submitted by %2</source>
        <translation>%1: eingereicht von %2</translation>
    </message>
    <message>
        <source>%1: not submitted yet</source>
        <translation>%1: noch nicht eingereicht</translation>
    </message>
    <message>
        <source>Submit &amp;my part</source>
        <translation>&amp;Meinen Teil einreichen</translation>
    </message>
    <message>
        <source>Sends the text in the editor as your role&apos;s part.</source>
        <translation>Sendet den Text im Editor als Teil Ihrer Rolle.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>%1: not signed yet</source>
        <translation>%1: noch nicht unterzeichnet</translation>
    </message>
    <message>
        <source>%1: signed this version</source>
        <translation>%1: hat diese Version unterzeichnet</translation>
    </message>
    <message>
        <source>%1: signed version %2, an older one</source>
        <translation>%1: hat die ältere Version %2 unterzeichnet</translation>
    </message>
    <message>
        <source>Si&amp;gn version %1</source>
        <translation>Version %1 &amp;unterzeichnen</translation>
    </message>
    <message>
        <source>The team delivers when every member has signed the same version.</source>
        <translation>Das Team gibt ab, sobald alle Mitglieder dieselbe Version unterzeichnet haben.</translation>
    </message>
    <message>
        <source>Delivered: waiting for the requester&apos;s approval.</source>
        <translation>Abgegeben: Wartet auf die Annahme durch den Auftraggeber.</translation>
    </message>
    <message>
        <source>Approved: the pay of each role is in its members&apos; earnings.</source>
        <translation>Angenommen: Die Vergütung jeder Rolle ist in den Einnahmen ihrer Mitglieder verbucht.</translation>
    </message>
    <message>
        <source>You signed version %1</source>
        <translation>Sie haben Version %1 unterzeichnet</translation>
    </message>
    <message>
        <source>%1 · waiting to sync</source>
        <translation>%1 · wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>No messages yet. Say hello and agree who does what.</source>
        <translation>Noch keine Nachrichten. Sagen Sie Hallo und sprechen Sie ab, wer was übernimmt.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <source>Could not keep this change: %1</source>
        <translation>Diese Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Draft saved. It reaches your team with the next sync.</source>
        <translation>Entwurf gespeichert. Er erreicht Ihr Team mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Your part is submitted.</source>
        <translation>Ihr Teil ist eingereicht.</translation>
    </message>
    <message>
        <source>You signed version %1.</source>
        <translation>Sie haben Version %1 unterzeichnet.</translation>
    </message>
    <message>
        <source>Your text is back in the editor. Merge it with version %1 and save.</source>
        <translation>Ihr Text ist wieder im Editor. Führen Sie ihn mit Version %1 zusammen und speichern Sie.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamTaskModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n frei</numerusform>
            <numerusform>%n frei</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · you: %2</source>
        <translation>%1 · Sie: %2</translation>
    </message>
    <message>
        <source>%1 · invited as %2</source>
        <translation>%1 · eingeladen als %2</translation>
    </message>
    <message>
        <source>Team task</source>
        <translation>Team-Aufgabe</translation>
    </message>
    <message>
        <source>Roles and pay</source>
        <translation>Rollen und Lohn</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>This team task is no longer shown to you.</source>
        <translation>Diese Team-Aufgabe wird Ihnen nicht mehr angezeigt.</translation>
    </message>
    <message>
        <source>This team is no longer taking members.</source>
        <translation>Dieses Team nimmt keine Mitglieder mehr auf.</translation>
    </message>
    <message>
        <source>You already hold a seat on this team.</source>
        <translation>Sie haben bereits einen Platz in diesem Team.</translation>
    </message>
    <message>
        <source>This team has no role “%1”.</source>
        <translation>Dieses Team hat keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>You hold no seat on this team.</source>
        <translation>Sie haben keinen Platz in diesem Team.</translation>
    </message>
    <message>
        <source>The team has formed: seats are kept until it delivers.</source>
        <translation>Das Team ist vollständig: Die Plätze bleiben bis zur Abgabe besetzt.</translation>
    </message>
    <message>
        <source>You have no pending invitation to this team.</source>
        <translation>Sie haben keine offene Einladung in dieses Team.</translation>
    </message>
    <message>
        <source>Only a delivered team can be approved.</source>
        <translation>Nur ein Team, das abgegeben hat, kann angenommen werden.</translation>
    </message>
    <message>
        <source>needs %1 tier or higher</source>
        <translation>erfordert Stufe %1 oder höher</translation>
    </message>
    <message>
        <source>your profile does not list the skill “%1”</source>
        <translation>Ihr Profil enthält die Fähigkeit „%1“ nicht</translation>
    </message>
    <message>
        <source>every seat of this role is taken</source>
        <translation>alle Plätze dieser Rolle sind besetzt</translation>
    </message>
    <message>
        <source>you already hold a seat on this team</source>
        <translation>Sie haben bereits einen Platz in diesem Team</translation>
    </message>
    <message>
        <source>it is your own team task</source>
        <translation>es ist Ihre eigene Team-Aufgabe</translation>
    </message>
    <message>
        <source>your account is suspended</source>
        <translation>Ihr Konto ist gesperrt</translation>
    </message>
    <message>
        <source>Assembling</source>
        <translation>Im Aufbau</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Aufgelöst</translation>
    </message>
    <message>
        <source>bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>one shared answer, signed by every member</source>
        <translation>eine gemeinsame Antwort, von allen Mitgliedern unterzeichnet</translation>
    </message>
    <message>
        <source>one part per role</source>
        <translation>ein Teil pro Rolle</translation>
    </message>
    <message>
        <source>Give the team task a title.</source>
        <translation>Geben Sie der Team-Aufgabe einen Titel.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Der Titel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The brief is longer than %1 characters.</source>
        <translation>Die Beschreibung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Choose how the team delivers.</source>
        <translation>Wählen Sie, wie das Team abgibt.</translation>
    </message>
    <message>
        <source>The deadline must be in the future.</source>
        <translation>Die Frist muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The deadline is at most %1 days away.</source>
        <translation>Die Frist darf höchstens %1 Tage entfernt sein.</translation>
    </message>
    <message>
        <source>A team has 1 to %1 roles.</source>
        <translation>Ein Team hat 1 bis %1 Rollen.</translation>
    </message>
    <message>
        <source>Name the role.</source>
        <translation>Geben Sie der Rolle einen Namen.</translation>
    </message>
    <message>
        <source>The role name is longer than %1 characters.</source>
        <translation>Der Rollenname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Another role is already called “%1”.</source>
        <translation>Eine andere Rolle heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Name the skill the role needs.</source>
        <translation>Geben Sie die Fähigkeit an, die die Rolle erfordert.</translation>
    </message>
    <message>
        <source>The skill is longer than %1 characters.</source>
        <translation>Die Fähigkeit ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Choose bronze, silver or gold.</source>
        <translation>Wählen Sie Bronze, Silber oder Gold.</translation>
    </message>
    <message>
        <source>A role has 1 to %1 seats.</source>
        <translation>Eine Rolle hat 1 bis %1 Plätze.</translation>
    </message>
    <message>
        <source>Pay each seat between %1 and %2.</source>
        <translation>Die Vergütung pro Platz muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>A team has at most %1 seats in all; this one has %2.</source>
        <translation>Ein Team hat insgesamt höchstens %1 Plätze; dieses hat %2.</translation>
    </message>
    <message>
        <source>The team task cannot be posted yet.</source>
        <translation>Die Team-Aufgabe kann noch nicht ausgeschrieben werden.</translation>
    </message>
    <message>
        <source>The escrow is beyond the largest amount the ledger takes.</source>
        <translation>Die Treuhand übersteigt den größten Betrag, den das Kontobuch aufnehmen kann.</translation>
    </message>
    <message>
        <source>The escrow of %1 is more than your balance of %2.</source>
        <translation>Die Treuhand von %1 übersteigt Ihr Guthaben von %2.</translation>
    </message>
    <message>
        <source>Only a delivered team can be rejected.</source>
        <translation>Nur ein Team, das abgegeben hat, kann abgelehnt werden.</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Wählen Sie einen Grund.</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>Schreiben Sie die Begründung.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Die Begründung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The rejection is not complete.</source>
        <translation>Die Ablehnung ist unvollständig.</translation>
    </message>
    <message>
        <source>Only an assembling team can invite an earlier team.</source>
        <translation>Nur ein Team im Aufbau kann ein früheres Team einladen.</translation>
    </message>
    <message>
        <source>This team task has already invited an earlier team.</source>
        <translation>Für diese Team-Aufgabe wurde bereits ein früheres Team eingeladen.</translation>
    </message>
    <message>
        <source>Invitations were already sent.</source>
        <translation>Die Einladungen wurden bereits verschickt.</translation>
    </message>
    <message>
        <source>You can invite only an earlier team whose delivery you approved.</source>
        <translation>Sie können nur ein früheres Team einladen, dessen Abgabe Sie angenommen haben.</translation>
    </message>
    <message>
        <source>Not an approved team of yours.</source>
        <translation>Keines Ihrer angenommenen Teams.</translation>
    </message>
    <message>
        <source>No member of that team held a role that has a free seat here.</source>
        <translation>Kein Mitglied dieses Teams hatte eine Rolle, für die hier ein Platz frei ist.</translation>
    </message>
    <message>
        <source>No matching free seat.</source>
        <translation>Kein passender freier Platz.</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>Im Streitfall</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Entschieden</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamsPage</name>
    <message>
        <source>Team tasks</source>
        <translation>Team-Aufgaben</translation>
    </message>
    <message>
        <source>No team task is open to you. When a requester posts a flash team whose roles fit your tier, it appears here; add skills to your profile to qualify for more roles.</source>
        <translation>Ihnen steht keine Team-Aufgabe offen. Sobald ein Auftraggeber ein Flash-Team ausschreibt, dessen Rollen zu Ihrer Stufe passen, erscheint es hier; tragen Sie Fähigkeiten in Ihr Profil ein, um für weitere Rollen infrage zu kommen.</translation>
    </message>
    <message>
        <source>Choose a team task to see its roles.</source>
        <translation>Wählen Sie eine Team-Aufgabe aus, um ihre Rollen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;Leave the team</source>
        <translation>Team &amp;verlassen</translation>
    </message>
    <message>
        <source>Flash teams</source>
        <translation>Flash-Teams</translation>
    </message>
    <message>
        <source>Take a seat in a team of workers with the skills a task needs. A team forms when every seat is taken; its members then write one answer together, and each role is paid when the requester approves it.</source>
        <translation>Übernehmen Sie einen Platz in einem Team aus Bearbeitern mit den Fähigkeiten, die eine Aufgabe erfordert. Ein Team ist vollständig, sobald alle Plätze besetzt sind; seine Mitglieder verfassen dann gemeinsam eine Antwort, und jede Rolle wird bezahlt, sobald der Auftraggeber die Antwort annimmt.</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>The marketplace refused your last change to this team: %1. It is listed under Needs attention.</source>
        <translation>Der Marktplatz hat Ihre letzte Änderung an diesem Team abgelehnt: %1. Sie ist unter „Handlungsbedarf“ aufgeführt.</translation>
    </message>
    <message>
        <source>The requester wrote no brief.</source>
        <translation>Der Auftraggeber hat keine Beschreibung hinterlegt.</translation>
    </message>
    <message>
        <source>Deadline %1 · %2 · %3 of %4 seats taken · %5</source>
        <translation>Frist %1 · %2 · %3 von %4 Plätzen besetzt · %5</translation>
    </message>
    <message>
        <source>The requester invites you back as %1: a seat is kept for you until %2.</source>
        <translation>Der Auftraggeber lädt Sie erneut als %1 ein: Ein Platz wird bis %2 für Sie freigehalten.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Minimum tier</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>Pay per seat</source>
        <translation>Lohn pro Platz</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Your seat</source>
        <translation>Ihr Platz</translation>
    </message>
    <message>
        <source>Reserved for you: accept the invitation above</source>
        <translation>Für Sie freigehalten: Nehmen Sie oben die Einladung an</translation>
    </message>
    <message>
        <source>Join as %1</source>
        <translation>Als %1 beitreten</translation>
    </message>
    <message>
        <source>you hold the %1 seat, and a team has one seat per worker</source>
        <translation>Sie haben den Platz als %1, und pro Bearbeiter gibt es nur einen Platz im Team</translation>
    </message>
    <message>
        <source>Closed to you: %1</source>
        <translation>Für Sie nicht offen: %1</translation>
    </message>
    <message>
        <source>You hold a %1 seat. The team forms when every seat is taken; until then you can leave.</source>
        <translation>Sie haben einen Platz als %1. Das Team ist vollständig, sobald alle Plätze besetzt sind; bis dahin können Sie es verlassen.</translation>
    </message>
    <message>
        <source>This team dissolved before it delivered.</source>
        <translation>Dieses Team hat sich vor der Abgabe aufgelöst.</translation>
    </message>
    <message>
        <source>Waiting to sync.</source>
        <translation>Wartet auf Synchronisierung.</translation>
    </message>
    <message>
        <source>Could not keep this change: %1</source>
        <translation>Diese Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>You took a %1 seat. The server confirms it with the next sync.</source>
        <translation>Sie haben einen Platz als %1 übernommen. Der Server bestätigt dies mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>You gave your seat back.</source>
        <translation>Sie haben Ihren Platz zurückgegeben.</translation>
    </message>
    <message>
        <source>You declined the invitation; the seat is open to others again.</source>
        <translation>Sie haben die Einladung abgelehnt; der Platz steht wieder anderen offen.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TextFieldEditor</name>
    <message>
        <source>Your answer (required)</source>
        <translation>Ihre Antwort (erforderlich)</translation>
    </message>
    <message>
        <source>Your answer (optional)</source>
        <translation>Ihre Antwort (optional)</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 characters, at least %2</source>
        <translation>%1 Zeichen, mindestens %2</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TokenVault</name>
    <message>
        <source>No keychain service is running, so your sign-in is kept for this session only; you will be asked for your password next time.</source>
        <translation>Es läuft kein Schlüsselbunddienst, daher bleibt Ihre Anmeldung nur für diese Sitzung erhalten; beim nächsten Mal werden Sie nach Ihrem Passwort gefragt.</translation>
    </message>
    <message>
        <source>No saved sign-in.</source>
        <translation>Keine gespeicherte Anmeldung.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::Tour</name>
    <message>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>End the tour (Esc). Help → Take the tour starts it again.</source>
        <translation>Tour beenden (Esc). Hilfe → Tour starten beginnt sie erneut.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Your task queue</source>
        <translation>Ihre Aufgabenliste</translation>
    </message>
    <message>
        <source>These are the tasks you may take, with the pay per item, the time it should take and the hourly pay that works out to. If a task is not offered to you, select it and ask “Why can&apos;t I take this?”.</source>
        <translation>Hier stehen die Aufgaben, die Sie übernehmen dürfen, mit der Vergütung pro Element, der veranschlagten Zeit und dem Stundenlohn, der sich daraus ergibt. Wird Ihnen eine Aufgabe nicht angeboten, wählen Sie sie aus; „Warum kann ich das nicht übernehmen?“ nennt den Grund.</translation>
    </message>
    <message>
        <source>Claim a batch</source>
        <translation>Elemente übernehmen</translation>
    </message>
    <message>
        <source>Pick how many items you want and claim them. Each claim is a lease: the items are kept for you until its countdown runs out, so you can work on them offline.</source>
        <translation>Wählen Sie, wie viele Elemente Sie möchten, und übernehmen Sie sie. Jede Übernahme ist eine Reservierung: Die Elemente bleiben für Sie zurückgelegt, bis ihr Countdown abläuft, sodass Sie offline daran arbeiten können.</translation>
    </message>
    <message>
        <source>Answer by keyboard</source>
        <translation>Per Tastatur antworten</translation>
    </message>
    <message>
        <source>The item and its answer form are here. Ctrl+Enter submits and moves on; what you type is kept as a draft. If the task itself is framed wrongly, propose a reframing.</source>
        <translation>Hier sehen Sie das Element und sein Antwortformular. Strg+Eingabe reicht die Antwort ein und geht weiter; was Sie tippen, bleibt als Entwurf erhalten. Ist die Aufgabe selbst falsch gestellt, schlagen Sie eine Neufassung vor.</translation>
    </message>
    <message>
        <source>Offline is fine</source>
        <translation>Offline? Kein Problem</translation>
    </message>
    <message>
        <source>Your answers are saved on this computer first and wait here until the marketplace has them. Chrysalis syncs by itself when you are online; F5 syncs now.</source>
        <translation>Ihre Antworten werden zuerst auf diesem Computer gespeichert und warten hier, bis der Marktplatz sie erhalten hat. Chrysalis synchronisiert von selbst, sobald Sie online sind; F5 synchronisiert sofort.</translation>
    </message>
    <message>
        <source>Where each answer stands</source>
        <translation>Wo Ihre Antworten stehen</translation>
    </message>
    <message>
        <source>My work lists every answer you gave: waiting to sync, waiting for review, approved or in conflict. A rejected answer goes to a panel of gold arbiters, and you are paid for it either way.</source>
        <translation>„Meine Arbeit“ listet jede Ihrer Antworten auf: wartet auf Synchronisierung, wartet auf Prüfung, angenommen oder im Streitfall. Eine abgelehnte Antwort geht an ein Gremium aus Gold-Schlichtern, und Sie werden in jedem Fall dafür bezahlt.</translation>
    </message>
    <message>
        <source>Your own figures</source>
        <translation>Ihre eigenen Zahlen</translation>
    </message>
    <message>
        <source>Fair work shows what you really earn per hour, your approval rate, conflicts won and lost, and how much of your mistake-pay allowance is used.</source>
        <translation>„Faire Arbeit“ zeigt, was Sie tatsächlich pro Stunde verdienen, Ihre Annahmequote, gewonnene und verlorene Streitfälle und wie viel Ihrer Freigrenze für Fehlervergütung schon genutzt ist.</translation>
    </message>
    <message>
        <source>Tiers, skills and content</source>
        <translation>Stufen, Fähigkeiten und Inhalte</translation>
    </message>
    <message>
        <source>See how close you are to the next tier; promotion is offered, never forced. Add your skills and choose which content warnings you agree to see.</source>
        <translation>Sehen Sie, wie nah Sie der nächsten Stufe sind; ein Aufstieg wird angeboten, nie erzwungen. Tragen Sie Ihre Fähigkeiten ein und wählen Sie, welchen Inhaltswarnungen Sie zustimmen.</translation>
    </message>
    <message>
        <source>Conflicts to judge</source>
        <translation>Streitfälle zum Schlichten</translation>
    </message>
    <message>
        <source>As a gold worker you sit on panels that judge rejected answers. Every rejection comes here, not only the ones a requester thinks twice about.</source>
        <translation>Als Bearbeiter der Stufe Gold sitzen Sie in Gremien, die über abgelehnte Antworten urteilen. Jede Ablehnung landet hier, nicht nur die, die ein Auftraggeber noch einmal überdenkt.</translation>
    </message>
    <message>
        <source>Open panels</source>
        <translation>Offene Gremien</translation>
    </message>
    <message>
        <source>Panels you may sit on are listed here. Enter opens one: you see the task revision the worker saw, the item, the answer and the reason for the rejection.</source>
        <translation>Hier stehen die Gremien, in denen Sie sitzen können. Eingabe öffnet eines: Sie sehen die Revision der Aufgabe, die der Bearbeiter gesehen hat, das Element, die Antwort und den Grund der Ablehnung.</translation>
    </message>
    <message>
        <source>Vote blind, with a reason</source>
        <translation>Blind abstimmen, mit Begründung</translation>
    </message>
    <message>
        <source>Decide whether the worker or the requester was at fault and write why. Nobody sees another vote before the panel closes, and a vote cannot be changed. Votes cast offline are sent with the next sync.</source>
        <translation>Entscheiden Sie, ob die Schuld beim Bearbeiter oder beim Auftraggeber lag, und begründen Sie es. Niemand sieht eine andere Stimme, bevor das Gremium schließt, und eine Stimme kann nicht geändert werden. Offline abgegebene Stimmen werden mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Paid for every vote</source>
        <translation>Vergütung für jede Stimme</translation>
    </message>
    <message>
        <source>Each vote counted earns the arbitration pay. Money shows it beside your other earnings, line by line.</source>
        <translation>Jede gezählte Stimme bringt die Schlichtervergütung. „Geld“ zeigt sie neben Ihren anderen Einnahmen, Buchung für Buchung.</translation>
    </message>
    <message>
        <source>How you agree with panels</source>
        <translation>Ihre Übereinstimmung mit Gremien</translation>
    </message>
    <message>
        <source>When a panel closes you see the outcome and the other arbiters&apos; rationales. Fair work counts how often your votes agreed with the panel.</source>
        <translation>Wenn ein Gremium schließt, sehen Sie das Ergebnis und die Begründungen der anderen Schlichter. „Faire Arbeit“ zählt, wie oft Ihre Stimmen mit dem Gremium übereinstimmten.</translation>
    </message>
    <message>
        <source>Your tasks</source>
        <translation>Ihre Aufgaben</translation>
    </message>
    <message>
        <source>My tasks holds your drafts and published tasks. Drafts are saved on this computer, so you can write them offline.</source>
        <translation>„Meine Aufgaben“ enthält Ihre Entwürfe und veröffentlichten Aufgaben. Entwürfe werden auf diesem Computer gespeichert, sodass Sie sie auch offline schreiben können.</translation>
    </message>
    <message>
        <source>The task editor</source>
        <translation>Der Aufgabeneditor</translation>
    </message>
    <message>
        <source>Write the title and instructions, build the answer form, set the pay and import items from JSONL or CSV. The price panel shows what publishing will reserve, fee included.</source>
        <translation>Schreiben Sie Titel und Anweisungen, erstellen Sie das Antwortformular, legen Sie die Vergütung fest und importieren Sie Elemente aus JSONL oder CSV. Der Bereich „Preis“ zeigt, was die Veröffentlichung reserviert, Gebühr inklusive.</translation>
    </message>
    <message>
        <source>Feedback on your task</source>
        <translation>Feedback zu Ihrer Aufgabe</translation>
    </message>
    <message>
        <source>An experienced worker marks up a caterpillar&apos;s task before it goes out. The preview shows each change as a diff; accept or reject them one by one, then publish.</source>
        <translation>Ein erfahrener Bearbeiter überarbeitet eine Raupen-Aufgabe, bevor sie veröffentlicht wird. Die Vorschau zeigt jede Änderung in einer Vergleichsansicht; nehmen Sie die Änderungen einzeln an oder lehnen Sie sie ab, und veröffentlichen Sie dann.</translation>
    </message>
    <message>
        <source>Review answers</source>
        <translation>Antworten prüfen</translation>
    </message>
    <message>
        <source>Approve with A, reject with R. A rejection needs a reason and goes to a panel of arbiters; answers you do not review are approved after a few days.</source>
        <translation>Mit A nehmen Sie an, mit R lehnen Sie ab. Eine Ablehnung braucht eine Begründung und geht an ein Gremium aus Schlichtern; Antworten, die Sie nicht prüfen, werden nach einigen Tagen angenommen.</translation>
    </message>
    <message>
        <source>Standing and points</source>
        <translation>Status und Punkte</translation>
    </message>
    <message>
        <source>Points move you from caterpillar to butterfly. The leaderboard shows the top butterfly requesters, and your own standing shows what earned and cost you points.</source>
        <translation>Punkte bringen Sie von der Raupe zum Schmetterling. Die Bestenliste zeigt die besten Auftraggeber im Schmetterlingsstatus, und Ihr eigener Status zeigt, was Ihnen Punkte gebracht und gekostet hat.</translation>
    </message>
    <message>
        <source>Saved here, sent when online</source>
        <translation>Hier gespeichert, online gesendet</translation>
    </message>
    <message>
        <source>Drafts, reviews and decisions on feedback wait here until the marketplace has them. Nothing is lost while you are offline.</source>
        <translation>Entwürfe, Prüfungen und Entscheidungen zu Feedback warten hier, bis der Marktplatz sie erhalten hat. Solange Sie offline sind, geht nichts verloren.</translation>
    </message>
    <message>
        <source>Welcome to Chrysalis</source>
        <translation>Willkommen bei Chrysalis</translation>
    </message>
    <message>
        <source>A short look at where things are. Use the arrow keys or Enter to move on, and Esc to leave the tour at any time.</source>
        <translation>Ein kurzer Überblick, wo Sie was finden. Mit den Pfeiltasten oder der Eingabetaste geht es weiter, mit Esc verlassen Sie die Tour jederzeit.</translation>
    </message>
    <message>
        <source>Help is here</source>
        <translation>Hier gibt es Hilfe</translation>
    </message>
    <message>
        <source>Help → Take the tour shows this again. Help → User guide explains every page, and F1 lists the keyboard shortcuts.</source>
        <translation>Hilfe → Tour starten zeigt diese Tour erneut. Hilfe → Benutzerhandbuch erklärt jede Seite, und F1 listet die Tastenkürzel auf.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TrainingFeedback</name>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(an answer)</source>
        <translation>(eine Antwort)</translation>
    </message>
    <message>
        <source>Training item: your answer was right.</source>
        <translation>Übungsfrage: Ihre Antwort war richtig.</translation>
    </message>
    <message>
        <source>Training item: your answer differs from the expected one.</source>
        <translation>Übungsfrage: Ihre Antwort weicht von der erwarteten ab.</translation>
    </message>
    <message>
        <source>%1 — expected: %2; yours: %3</source>
        <translation>%1 — erwartet: %2; Ihre: %3</translation>
    </message>
    <message>
        <source>Training items are not scored: they show what the requester expects.</source>
        <translation>Übungsfragen werden nicht gewertet: Sie zeigen, was der Auftraggeber erwartet.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::Validation</name>
    <message>
        <source>invalid username</source>
        <translation>ungültiger Benutzername</translation>
    </message>
    <message>
        <source>must be 3 to 32 characters long</source>
        <translation>muss 3 bis 32 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must start with a letter a-z</source>
        <translation>muss mit einem Buchstaben a-z beginnen</translation>
    </message>
    <message>
        <source>may hold only a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>darf nur a-z, 0-9, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>is required to reject an answer</source>
        <translation>ist zum Ablehnen einer Antwort erforderlich</translation>
    </message>
    <message>
        <source>a rejection needs a written reason</source>
        <translation>eine Ablehnung braucht eine schriftliche Begründung</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>darf höchstens %n Zeichen lang sein</numerusform>
            <numerusform>darf höchstens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message>
        <source>the review breaks its rules</source>
        <translation>die Prüfung verstößt gegen die Regeln</translation>
    </message>
    <message>
        <source>the vote breaks its rules</source>
        <translation>die Stimme verstößt gegen die Regeln</translation>
    </message>
    <message>
        <source>a vote needs a written rationale</source>
        <translation>eine Stimme braucht eine schriftliche Begründung</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters of a-z, 0-9 and _</source>
        <translation>muss 1 bis %1 Zeichen lang sein und darf nur a-z, 0-9 und _ enthalten</translation>
    </message>
    <message>
        <source>must hold 2 to %1 options</source>
        <translation>muss 2 bis %1 Optionen enthalten</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>repeats an earlier option</source>
        <translation>wiederholt eine frühere Option</translation>
    </message>
    <message>
        <source>must be greater than min</source>
        <translation>muss größer als min sein</translation>
    </message>
    <message numerus="yes">
        <source>allows at most %n steps above min</source>
        <translation>
            <numerusform>erlaubt höchstens %n Schritt über min</numerusform>
            <numerusform>erlaubt höchstens %n Schritte über min</numerusform>
        </translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>must not be less than min_length</source>
        <translation>darf nicht kleiner als min_length sein</translation>
    </message>
    <message>
        <source>must hold 1 to %1 labels</source>
        <translation>muss 1 bis %1 Labels enthalten</translation>
    </message>
    <message>
        <source>repeats an earlier label</source>
        <translation>wiederholt ein früheres Label</translation>
    </message>
    <message>
        <source>must be one option value (a string)</source>
        <translation>muss ein Optionswert sein (eine Zeichenkette)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options</source>
        <translation>„%1“ ist keine der Optionen</translation>
    </message>
    <message>
        <source>must be an array of option values</source>
        <translation>muss ein Array von Optionswerten sein</translation>
    </message>
    <message>
        <source>must choose at least one option</source>
        <translation>braucht mindestens eine gewählte Option</translation>
    </message>
    <message>
        <source>must be an option value (a string)</source>
        <translation>muss ein Optionswert sein (eine Zeichenkette)</translation>
    </message>
    <message>
        <source>repeats an earlier choice</source>
        <translation>wiederholt eine frühere Auswahl</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be text (a string)</source>
        <translation>muss Text sein (eine Zeichenkette)</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n characters (has %1)</source>
        <translation>
            <numerusform>muss mindestens %n Zeichen lang sein (hat %1)</numerusform>
            <numerusform>muss mindestens %n Zeichen lang sein (hat %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters (has %1)</source>
        <translation>
            <numerusform>darf höchstens %n Zeichen lang sein (hat %1)</numerusform>
            <numerusform>darf höchstens %n Zeichen lang sein (hat %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>is not part of %1</source>
        <translation>gehört nicht zu %1</translation>
    </message>
    <message>
        <source>a pairwise answer</source>
        <translation>einer Paarvergleichsantwort</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be the edited text (a string)</source>
        <translation>muss der bearbeitete Text sein (eine Zeichenkette)</translation>
    </message>
    <message>
        <source>a span</source>
        <translation>einem Abschnitt</translation>
    </message>
    <message>
        <source>must be one of the labels: %1</source>
        <translation>muss eines der Labels sein: %1</translation>
    </message>
    <message>
        <source>must be less than the text length %1</source>
        <translation>muss kleiner als die Textlänge %1 sein</translation>
    </message>
    <message>
        <source>falls inside a character</source>
        <translation>liegt innerhalb eines Zeichens</translation>
    </message>
    <message>
        <source>must be greater than start</source>
        <translation>muss größer als start sein</translation>
    </message>
    <message>
        <source>must not exceed the text length %1</source>
        <translation>darf die Textlänge %1 nicht überschreiten</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>wiederholt %1</translation>
    </message>
    <message>
        <source>is not used by a %1 field</source>
        <translation>wird von einem Feld vom Typ %1 nicht verwendet</translation>
    </message>
    <message>
        <source>must have at least one field</source>
        <translation>muss mindestens ein Feld haben</translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n fields</source>
        <translation>
            <numerusform>darf höchstens %n Feld haben</numerusform>
            <numerusform>darf höchstens %n Felder haben</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats the name of form[%1]</source>
        <translation>wiederholt den Namen von form[%1]</translation>
    </message>
    <message>
        <source>the answer form is not well made</source>
        <translation>das Antwortformular ist fehlerhaft aufgebaut</translation>
    </message>
    <message>
        <source>the item has no text under &quot;%1&quot; to work on</source>
        <translation>das Element hat unter „%1“ keinen Text zum Bearbeiten</translation>
    </message>
    <message>
        <source>is not a field of this form</source>
        <translation>ist kein Feld dieses Formulars</translation>
    </message>
    <message>
        <source>malformed answer form</source>
        <translation>fehlerhaftes Antwortformular</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an RFC 3339 time</source>
        <translation>eine Zeitangabe nach RFC 3339</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be a lowercase UUID</source>
        <translation>muss eine UUID in Kleinbuchstaben sein</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be an RFC 3339 time such as 2025-03-01T09:30:00Z</source>
        <translation>muss eine Zeitangabe nach RFC 3339 sein, etwa 2025-03-01T09:30:00Z</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>malformed %1</source>
        <translation>fehlerhafte Daten: %1</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>the task revision breaks its rules</source>
        <translation>die Aufgabenrevision verstößt gegen die Regeln</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 muss positiv sein</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>escrow of %1 cents per answer slot is beyond the largest amount the ledger takes</source>
        <translation>eine Treuhand von %1 Cent pro Antwortplatz übersteigt den größten Betrag, den das Kontobuch aufnehmen kann</translation>
    </message>
    <message>
        <source>a task needs at least one item</source>
        <translation>eine Aufgabe braucht mindestens ein Element</translation>
    </message>
    <message>
        <source>cannot work out the escrow of this task</source>
        <translation>die Treuhand dieser Aufgabe lässt sich nicht berechnen</translation>
    </message>
    <message>
        <source>escrow of %1 slots × %2 cents is beyond the largest amount the ledger takes</source>
        <translation>eine Treuhand von %1 Plätzen × %2 Cent übersteigt den größten Betrag, den das Kontobuch aufnehmen kann</translation>
    </message>
    <message>
        <source>publishing needs %1 cents in escrow but the balance is %2 cents</source>
        <translation>das Veröffentlichen erfordert %1 Cent in Treuhand, das Guthaben beträgt aber %2 Cent</translation>
    </message>
    <message>
        <source>a claim needs at least one slot</source>
        <translation>eine Übernahme braucht mindestens einen Platz</translation>
    </message>
    <message>
        <source>must be at least 1 (got %1)</source>
        <translation>muss mindestens 1 sein (erhalten: %1)</translation>
    </message>
    <message numerus="yes">
        <source>a claim may take at most %n slots (asked for %1)</source>
        <translation>
            <numerusform>eine Übernahme darf höchstens %n Platz umfassen (angefragt: %1)</numerusform>
            <numerusform>eine Übernahme darf höchstens %n Plätze umfassen (angefragt: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>a suspended account cannot be promoted</source>
        <translation>ein gesperrtes Konto kann nicht aufsteigen</translation>
    </message>
    <message>
        <source>a suspended account cannot propose reframings</source>
        <translation>ein gesperrtes Konto kann keine Neufassungen vorschlagen</translation>
    </message>
    <message>
        <source>a suspended account cannot publish</source>
        <translation>ein gesperrtes Konto kann nichts veröffentlichen</translation>
    </message>
    <message>
        <source>every slot of this task is answered</source>
        <translation>alle Plätze dieser Aufgabe sind beantwortet</translation>
    </message>
    <message>
        <source>is already the id of another vote</source>
        <translation>ist bereits die ID einer anderen Stimme</translation>
    </message>
    <message>
        <source>items are added to drafts only</source>
        <translation>Elemente können nur Entwürfen hinzugefügt werden</translation>
    </message>
    <message>
        <source>must hold at least one item</source>
        <translation>muss mindestens ein Element enthalten</translation>
    </message>
    <message>
        <source>no answer with this id</source>
        <translation>keine Antwort mit dieser ID</translation>
    </message>
    <message>
        <source>no conflict with this id</source>
        <translation>kein Streitfall mit dieser ID</translation>
    </message>
    <message>
        <source>no draft with this id</source>
        <translation>kein Entwurf mit dieser ID</translation>
    </message>
    <message>
        <source>no feedback task with this id</source>
        <translation>keine Feedback-Aufgabe mit dieser ID</translation>
    </message>
    <message>
        <source>no reframe proposal with this id</source>
        <translation>kein Neufassungsvorschlag mit dieser ID</translation>
    </message>
    <message>
        <source>no slot of this task is free</source>
        <translation>kein Platz dieser Aufgabe ist frei</translation>
    </message>
    <message>
        <source>no task with this id</source>
        <translation>keine Aufgabe mit dieser ID</translation>
    </message>
    <message>
        <source>only requesters add items</source>
        <translation>nur Auftraggeber können Elemente hinzufügen</translation>
    </message>
    <message>
        <source>only requesters draft tasks</source>
        <translation>nur Auftraggeber können Aufgaben entwerfen</translation>
    </message>
    <message>
        <source>only requesters publish tasks</source>
        <translation>nur Auftraggeber können Aufgaben veröffentlichen</translation>
    </message>
    <message>
        <source>only the task&apos;s requester resolves a proposal</source>
        <translation>nur der Auftraggeber der Aufgabe kann über einen Vorschlag entscheiden</translation>
    </message>
    <message>
        <source>only the task&apos;s requester resolves its feedback</source>
        <translation>nur der Auftraggeber der Aufgabe kann ihr Feedback abschließen</translation>
    </message>
    <message>
        <source>only the task&apos;s requester reviews its answers</source>
        <translation>nur der Auftraggeber der Aufgabe kann ihre Antworten prüfen</translation>
    </message>
    <message>
        <source>only workers appear on worker boards</source>
        <translation>nur Bearbeiter erscheinen in Bearbeiterlisten</translation>
    </message>
    <message>
        <source>only workers claim items</source>
        <translation>nur Bearbeiter können Elemente übernehmen</translation>
    </message>
    <message>
        <source>only workers do feedback tasks</source>
        <translation>nur Bearbeiter können Feedback-Aufgaben erledigen</translation>
    </message>
    <message>
        <source>only workers hold tiers</source>
        <translation>nur Bearbeiter haben eine Stufe</translation>
    </message>
    <message>
        <source>only workers propose reframings</source>
        <translation>nur Bearbeiter können Neufassungen vorschlagen</translation>
    </message>
    <message>
        <source>only workers request payouts</source>
        <translation>nur Bearbeiter können Auszahlungen anfordern</translation>
    </message>
    <message>
        <source>only workers submit answers</source>
        <translation>nur Bearbeiter können Antworten einreichen</translation>
    </message>
    <message>
        <source>only workers who answered a task rate it</source>
        <translation>nur Bearbeiter, die eine Aufgabe beantwortet haben, können sie bewerten</translation>
    </message>
    <message>
        <source>some item ids are taken</source>
        <translation>einige Element-IDs sind bereits vergeben</translation>
    </message>
    <message>
        <source>some items are invalid</source>
        <translation>einige Elemente sind ungültig</translation>
    </message>
    <message>
        <source>the accepted hunks do not apply to the task</source>
        <translation>die angenommenen Änderungen lassen sich nicht auf die Aufgabe anwenden</translation>
    </message>
    <message>
        <source>the answer does not fit the task&apos;s form</source>
        <translation>die Antwort passt nicht zum Formular der Aufgabe</translation>
    </message>
    <message>
        <source>the answer id is taken</source>
        <translation>die Antwort-ID ist bereits vergeben</translation>
    </message>
    <message>
        <source>the answer was already reviewed</source>
        <translation>die Antwort wurde bereits geprüft</translation>
    </message>
    <message>
        <source>the draft revision is invalid</source>
        <translation>die Revision des Entwurfs ist ungültig</translation>
    </message>
    <message>
        <source>the feedback has no marked-up revision to take changes from</source>
        <translation>das Feedback enthält keine überarbeitete Revision, aus der sich Änderungen übernehmen ließen</translation>
    </message>
    <message>
        <source>the feedback is incomplete or invalid</source>
        <translation>das Feedback ist unvollständig oder ungültig</translation>
    </message>
    <message>
        <source>the feedback was already resolved</source>
        <translation>das Feedback wurde bereits abgeschlossen</translation>
    </message>
    <message>
        <source>the lease was released</source>
        <translation>die Reservierung wurde aufgehoben</translation>
    </message>
    <message>
        <source>the lease was used by an answer</source>
        <translation>die Reservierung wurde bereits für eine Antwort genutzt</translation>
    </message>
    <message>
        <source>the mutation&apos;s arguments are invalid</source>
        <translation>die Argumente der Änderung sind ungültig</translation>
    </message>
    <message>
        <source>the panel has closed</source>
        <translation>das Gremium ist geschlossen</translation>
    </message>
    <message>
        <source>the panel&apos;s deadline has passed</source>
        <translation>die Frist des Gremiums ist abgelaufen</translation>
    </message>
    <message>
        <source>the payout id is taken</source>
        <translation>die Auszahlungs-ID ist bereits vergeben</translation>
    </message>
    <message>
        <source>the proposal id is taken</source>
        <translation>die Vorschlags-ID ist bereits vergeben</translation>
    </message>
    <message>
        <source>the proposal was already resolved</source>
        <translation>über den Vorschlag wurde bereits entschieden</translation>
    </message>
    <message>
        <source>the proposed revision is invalid</source>
        <translation>die vorgeschlagene Revision ist ungültig</translation>
    </message>
    <message>
        <source>the review is invalid</source>
        <translation>die Prüfung ist ungültig</translation>
    </message>
    <message>
        <source>the task belongs to another requester</source>
        <translation>die Aufgabe gehört einem anderen Auftraggeber</translation>
    </message>
    <message>
        <source>the task cannot be published yet</source>
        <translation>die Aufgabe kann noch nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>the task is already published</source>
        <translation>die Aufgabe ist bereits veröffentlicht</translation>
    </message>
    <message>
        <source>the task is not open for work</source>
        <translation>die Aufgabe ist nicht zur Bearbeitung geöffnet</translation>
    </message>
    <message>
        <source>this feedback task was already done</source>
        <translation>diese Feedback-Aufgabe wurde bereits erledigt</translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation>unbekanntes Konto</translation>
    </message>
    <message>
        <source>you already answered this item</source>
        <translation>Sie haben dieses Element bereits beantwortet</translation>
    </message>
    <message>
        <source>you already rated this task</source>
        <translation>Sie haben diese Aufgabe bereits bewertet</translation>
    </message>
    <message>
        <source>you hold no lease with this id</source>
        <translation>Sie haben keine Reservierung mit dieser ID</translation>
    </message>
    <message>
        <source>you may not propose a reframing of your own task</source>
        <translation>Sie dürfen keine Neufassung Ihrer eigenen Aufgabe vorschlagen</translation>
    </message>
    <message>
        <source>you may not sit on this panel</source>
        <translation>Sie dürfen nicht in diesem Gremium sitzen</translation>
    </message>
    <message>
        <source>you may not take this feedback task</source>
        <translation>Sie dürfen diese Feedback-Aufgabe nicht übernehmen</translation>
    </message>
    <message>
        <source>you may not take this task</source>
        <translation>Sie dürfen diese Aufgabe nicht übernehmen</translation>
    </message>
</context>
<context>
    <name>Chrysalis::WeeklyEarningsModel</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Paid answers</source>
        <translation>Bezahlte Antworten</translation>
    </message>
    <message>
        <source>Earned (cents)</source>
        <translation>Verdient (Cent)</translation>
    </message>
    <message>
        <source>Measured time (s)</source>
        <translation>Gemessene Zeit (s)</translation>
    </message>
    <message>
        <source>Hourly pay (cents)</source>
        <translation>Stundenlohn (Cent)</translation>
    </message>
</context>
<context>
    <name>Chrysalis::WorkPage</name>
    <message>
        <source>time is up; may still be accepted</source>
        <translation>Zeit abgelaufen; kann noch angenommen werden</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>noch %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
    </message>
    <message>
        <source>Release this item</source>
        <translation>Dieses Element freigeben</translation>
    </message>
    <message>
        <source>Items left in your leases</source>
        <translation>Verbleibende Elemente in Ihren Reservierungen</translation>
    </message>
    <message>
        <source>Your items</source>
        <translation>Ihre Elemente</translation>
    </message>
    <message>
        <source>Give the item back so someone else can answer it</source>
        <translation>Das Element zurückgeben, damit jemand anderes es beantworten kann</translation>
    </message>
    <message>
        <source>Answer items</source>
        <translation>Elemente bearbeiten</translation>
    </message>
    <message>
        <source>No items leased; claim some in the task queue.</source>
        <translation>Keine Elemente reserviert; übernehmen Sie welche in der Aufgabenliste.</translation>
    </message>
    <message>
        <source>%1 — item %2 of %3</source>
        <translation>%1 — Element %2 von %3</translation>
    </message>
    <message>
        <source>Left in your leases: %1</source>
        <translation>In Ihren Reservierungen übrig: %1</translation>
    </message>
    <message>
        <source>Left in your leases: %1, of this task: %2</source>
        <translation>In Ihren Reservierungen übrig: %1, von dieser Aufgabe: %2</translation>
    </message>
    <message>
        <source>Cannot read your items: %1</source>
        <translation>Ihre Elemente können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The answer form of “%1” cannot be read: %2</source>
        <translation>Das Antwortformular von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Your saved draft could not be restored: %1</source>
        <translation>Ihr gespeicherter Entwurf konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>Ihr Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The answer could not be stored: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The answer is stored, but its draft stays: %1</source>
        <translation>Die Antwort ist gespeichert, ihr Entwurf bleibt aber bestehen: %1</translation>
    </message>
    <message>
        <source>Answer stored. You have been on items with content warnings for a while: a short break away from the screen helps. Your drafts and leases stay as they are.</source>
        <translation>Antwort gespeichert. Sie arbeiten schon eine Weile an Elementen mit Inhaltswarnungen: Eine kurze Pause abseits des Bildschirms tut gut. Ihre Entwürfe und Reservierungen bleiben unverändert.</translation>
    </message>
    <message>
        <source>Answer stored; sending it now.</source>
        <translation>Antwort gespeichert; sie wird jetzt gesendet.</translation>
    </message>
    <message>
        <source>The item could not be released: %1</source>
        <translation>Das Element konnte nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>Item released.</source>
        <translation>Element freigegeben.</translation>
    </message>
    <message>
        <source>Rating stored; only the platform sees it.</source>
        <translation>Bewertung gespeichert; nur die Plattform sieht sie.</translation>
    </message>
    <message>
        <source>The rating could not be stored: %1</source>
        <translation>Die Bewertung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Reframing proposed; the requester will see it.</source>
        <translation>Neufassung vorgeschlagen; der Auftraggeber wird sie sehen.</translation>
    </message>
    <message>
        <source>The proposal could not be stored: %1</source>
        <translation>Der Vorschlag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1
Item %2 · %3</source>
        <translation>%1
Element %2 · %3</translation>
    </message>
    <message>
        <source>Lease ends %1</source>
        <translation>Reservierung endet: %1</translation>
    </message>
    <message>
        <source>Feedback on a training item</source>
        <translation>Rückmeldung zu einer Übungsfrage</translation>
    </message>
    <message>
        <source>Answer stored; it will be sent when you are back online. Feedback on a training item is pending until then.</source>
        <translation>Antwort gespeichert; sie wird gesendet, sobald Sie wieder online sind. Bis dahin steht die Rückmeldung zur Übungsfrage noch aus.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::WorkView</name>
    <message>
        <source>edit %1</source>
        <translation>Bearbeitung %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>Antwort einreichen</translation>
    </message>
    <message>
        <source>Rate this task…</source>
        <translation>Diese Aufgabe bewerten…</translation>
    </message>
    <message>
        <source>Propose a reframing…</source>
        <translation>Neufassung vorschlagen…</translation>
    </message>
    <message>
        <source>Nothing to work on right now.
Claim items of a task to start.</source>
        <translation>Derzeit gibt es nichts zu bearbeiten.
Übernehmen Sie Elemente einer Aufgabe, um zu beginnen.</translation>
    </message>
    <message>
        <source>Time spent on this item; paused while the window is in the background</source>
        <translation>Für dieses Element aufgewendete Zeit; pausiert, solange das Fenster im Hintergrund ist</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Leave this item for now and go on; the lease stays yours</source>
        <translation>Dieses Element vorerst überspringen; die Reservierung bleibt Ihnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Submit the answer</source>
        <translation>Antwort einreichen</translation>
    </message>
    <message>
        <source>Undo the last change to the answer</source>
        <translation>Letzte Änderung an der Antwort rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorheriges Element</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächstes Element</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Element %1 von %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Time on this item  %1</source>
        <translation>Zeit für dieses Element  %1</translation>
    </message>
    <message>
        <source>Time on this item  %1 (paused)</source>
        <translation>Zeit für dieses Element  %1 (pausiert)</translation>
    </message>
    <message>
        <source>Skip this item for now</source>
        <translation>Dieses Element vorerst überspringen</translation>
    </message>
</context>
<context>
    <name>Chrysalis::WorkerBoardModel</name>
    <message>
        <source>no closed panels</source>
        <translation>keine geschlossenen Gremien</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 votes)</source>
        <translation>%1 % (%2 von %3 Stimmen)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Approved answers</source>
        <translation>Angenommene Antworten</translation>
    </message>
    <message>
        <source>Agreement with panels</source>
        <translation>Übereinstimmung mit Gremien</translation>
    </message>
</context>
</TS>
