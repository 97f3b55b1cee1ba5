<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Chrysalis</name>
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
    <message>
        <source>the template&apos;s config: value has no closing quote</source>
        <translation>dem config:-Wert der Vorlage fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>neither a labeling config (XML starting with &lt;) nor a template with a config: key</source>
        <translation>weder eine Label-Konfiguration (XML, beginnend mit &lt;) noch eine Vorlage mit einem config:-Schlüssel</translation>
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
</context>
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
        <source>Gold-question accuracy</source>
        <translation>Trefferquote bei Kontrollfragen</translation>
    </message>
    <message>
        <source>not published to workers</source>
        <translation>für Bearbeiter nicht veröffentlicht</translation>
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
</context>
<context>
    <name>Chrysalis::LabelStudioConfig</name>
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
</context>
<context>
    <name>Chrysalis::LabelStudioConfigReader</name>
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
</context>
<context>
    <name>Chrysalis::LabelStudioTasks</name>
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
    <name>Chrysalis::LabelStudioUnsupportedTag</name>
    <message>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
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
    <name>Chrysalis::Problems</name>
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
        <source>content warnings you agree to see, e.g. customer complaints</source>
        <translation>Inhaltswarnungen, denen Sie zustimmen, z. B. Kundenbeschwerden</translation>
    </message>
    <message>
        <source>Content opt-ins</source>
        <translation>Zugelassene Inhalte</translation>
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
        <source>Content &amp;opt-ins:</source>
        <translation>Zugelassene &amp;Inhalte:</translation>
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
    <message numerus="yes">
        <source>%Ln item(s) left of %1</source>
        <translation>
            <numerusform>%Ln von %1 übrig</numerusform>
            <numerusform>%Ln von %1 übrig</numerusform>
        </translation>
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
        <source> answers per item</source>
        <translation> Antwort(en) pro Element</translation>
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
        <source>Import the items workers answer from a JSONL file (one JSON object per line) or a CSV file (a header row names the keys). A file with any bad line adds nothing.</source>
        <translation>Importieren Sie die Elemente, die Bearbeiter beantworten, aus einer JSONL-Datei (ein JSON-Objekt pro Zeile) oder einer CSV-Datei (eine Kopfzeile benennt die Schlüssel). Enthält eine Datei eine fehlerhafte Zeile, wird nichts hinzugefügt.</translation>
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
        <source>P&amp;ublish…</source>
        <translation>Veröffent&amp;lichen…</translation>
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
        <source>Answer stored; it will be sent when you are back online.</source>
        <translation>Antwort gespeichert; sie wird gesendet, sobald Sie wieder online sind.</translation>
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
<context>
    <name>DashboardCharts</name>
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
    <name>FairWorkPage</name>
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
</context>
<context>
    <name>main</name>
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
</context>
</TS>
