<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Chrysalis</name>
    <message>
        <source>holds text the marketplace cannot store (a NUL character, a noncharacter or a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item is %1 bytes; an item may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes; an item file may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than %1 items, the most one task may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s config: value has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a labeling config (XML starting with &lt;) nor a template with a config: key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number or a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a user id, a name or a user object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 results; at most %2 are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the result type (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the name of a control (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 entries; a task may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a task object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of item data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::AnswerTableModel</name>
    <message>
        <source>%1 (not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers not reviewed within %1 of submission are approved and paid automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::AnswerViewer</name>
    <message>
        <source>No spans labelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an answer to see it against the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on a scale of %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers response A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers response B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::ArbitrationText</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored the instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low effort or spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected, panel open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the requester in this conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the worker whose answer is judged, or you answered the same item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels take gold workers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task carries a content warning you have not opted in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every seat is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tier is below the one required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required skill is missing from your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitration pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::AttentionModel</name>
    <message>
        <source>Claim items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a task draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a reframing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::AttentionPage</name>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the marketplace refused or could not take yet. Nothing here is lost: the local copy of what you sent is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention: everything you did reached the marketplace or is waiting to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept local copy of the selected change appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry blocked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this rejection off the list; it stays in the local history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept local copy of what you sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not dismiss: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictPanelPage</name>
    <message>
        <source>The worker&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose fault is it that the answer was rejected? No one sees your vote before the panel closes, and it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker fault: the answer breaks the instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;equester fault: the rejection is not justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale (required; shown to everyone without your name after the close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which instruction decides it, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast vote, final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast “%1”? Votes are final: you cannot change or withdraw it, and it stays hidden until the panel closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conflict in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is not visible to you: the server offers an open panel only to arbiters who may sit on it, and shows a closed one only to the parties and the arbiters who voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions the worker saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other answers to this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open · %1 of %2 seats filled · closes in %3%4 · arbiter pay %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed · %n vote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You voted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent; it is counted if it reaches the server before the panel closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. Other votes stay hidden until the panel closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote arrived after the panel closed and was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused your vote (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel is deliberating: %1 of %2 seats filled. Votes stay hidden until it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your answer. You are paid in full whatever the outcome. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your rejection. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictQueueModel</name>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voted (not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pay of the rejected answer; the worker receives it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every arbiter who votes is paid this, whatever the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes cast so far; how they split stays hidden until the panel closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictQueuePage</name>
    <message>
        <source>Conflict panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open panels you may sit on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes are blind and final; every arbiter who votes is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict involves you yet: your rejected answers, your rejections and the panels you voted on appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote “%1” arrived after its panel closed and was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused your vote “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open panel is offered to you right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels are never offered to the worker whose answer is judged, to the requester, or to anyone who answered the same item; once a panel is full or closed it leaves the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is a panel not offered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes that came too late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictsPage</name>
    <message>
        <source>All conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of conflicts (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::CorrectionEditor</name>
    <message>
        <source>Your changes: inserted words underlined, removed words struck through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet: the text is as the item gives it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::FairWorkPage</name>
    <message>
        <source>Fair work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistake pay against the allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability modes, each on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generative reframing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your effective hourly pay is &lt;b&gt;%1&lt;/b&gt; an hour, measured on %n paid answer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No answer of yours has been paid yet, so there is no hourly pay to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;One more lost conflict in your last %1 answers and you return to %2.&lt;/b&gt; You have lost %3 there, the most %4 allows. Each new answer pushes the oldest out of that window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You keep %1 while no more than %2 of your last %3 answers end in a lost conflict: %4 so far, %n to spare.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Answers submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts won / lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for feedback and panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on paid answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time awaiting review (paid later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the allowance: the account is suspended until an administrator reinstates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistake pay over the last %1 days. You are paid in full either way; only going over the allowance suspends the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold-question accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published to workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no closed panels yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted by requesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting / declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think a task&apos;s boundary or criteria are wrong? Propose a reframing from the work view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted (changes taken: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings per week appear here once an answer of yours is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings per week (answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spread of your hourly pay appears here once a timed answer is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly pay per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly pay (%1 an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel you sat on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your panels voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker at fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester at fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::FeedbackPage</name>
    <message>
        <source>Feedback to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback is waiting for you. When a feedback worker has reviewed one of your tasks, it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker has proposed a reframing of your tasks. When one does, it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reframe proposals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open · proposed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feedback cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task of this proposal is not on this computer yet; sync and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted as revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · changes taken: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::FeedbackPreview</name>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairwise comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay per answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish with accepted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N / P: next or previous change    A / R: accept or reject it    Alt+Down / Alt+Up also move between changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implied pay: %1 an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implied pay: %1 an hour, %2 at the suggested pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (measured %1 per item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframe proposal by %1, compared with revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the worker proposes this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt accepted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided %1 of %2, accepted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · changes not decided are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept at least one change to adopt the proposal, or decline it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: answer key renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: kind of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: required or optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: new option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: option removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: option label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: order of the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal changes nothing in the current revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback worker suggests no changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a feedback task to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These decisions do not make a valid task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again at: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::FeedbackWorkPage</name>
    <message>
        <source>it carries content warnings you have not opted in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback tasks take silver and gold workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is your own task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account is suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback task is open. When a caterpillar requester publishes a task, its feedback task appears here for silver and gold workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester sees your changes with your comments, your sample answers and the time they took you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a caterpillar task&apos;s sample items as its instructions say, then mark up a copy of the task with a comment on each change. The requester sees your changes in a diff view and accepts or rejects each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback tasks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pays %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not for you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to give feedback on right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a feedback task on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feedback task cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the sample items exactly as the instructions say, then edit a copy of the task where workers would stumble. Pays %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace said you may not take this feedback task: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer saved. %1 of %2 sample items answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sample items answered. Now mark up the task: change what confused you and say why beside each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  Answer the samples (%1 of %2 done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Mark up the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer all %1 sample items before you submit; %2 done so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marked-up task is not valid yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback submitted; sending it to the marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback saved here; it goes to the marketplace when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::FormBuilder</name>
    <message>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a-z, 0-9 and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer must fill this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item key holding the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span labels, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind has no further settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::ItemImport</name>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no header row and no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header holds text the marketplace cannot store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cell but the header has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header row but no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a JSONL nor a CSV file (.jsonl, .ndjson, .json, .csv, .tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::LabelStudioConfig</name>
    <message>
        <source>the labeling config has %1 characters; at most %2 are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Studio has no control for the correction field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Studio ratings start at 1, the rating field &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pairwise field &quot;%1&quot; compares the last two shown keys, but fewer are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Label Studio config must show at least one key of the item data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labeling config has tags Chrysalis cannot take: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labeling config has no control Chrysalis can take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relations have no counterpart in Chrysalis answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a control of this config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 result for the %2 control &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 choices for the single choice &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither left nor right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a span without whole-number start and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span %1–%2 quotes &quot;%3&quot;, which is not the text there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span %1–%2 lies outside the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 result has no counterpart in Chrysalis answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::LabelStudioConfigReader</name>
    <message>
        <source>line %1: the labeling config declares a DTD; entities are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the labeling config uses an entity (&amp;%2;), which is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the labeling config nests deeper than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labeling config has more than %1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object Chrysalis cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag with no counterpart in Chrysalis forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: the labeling config is not well-formed XML (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labeling config has no tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for one answer per region, which Chrysalis forms do not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes its choices from the item data, which Chrysalis forms cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has fewer than 2 choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a maxRating that is not a whole number from 2 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels something other than one Text bound to item data ($key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not compare exactly two objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::LabelStudioTasks</name>
    <message>
        <source>the file is %1 bytes; a task file may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than %1 tasks, the most one task may hold as items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::LabelStudioUnsupportedTag</name>
    <message>
        <source>line %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::LeaderboardModel</name>
    <message numerus="yes">
        <source>%1 of 10 (%n rating(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>hidden under the privacy rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating by workers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::LeaderboardPage</name>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requester has reached butterfly standing yet, so the leaderboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What earned and cost you points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers who opt in are ranked among their tier under their pseudonym: by approved answers, and by how often their panel votes agreed with the outcome (from 5 votes on closed panels). The boards refresh every half minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me on the worker boards of my tier, under my pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with panel outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butterfly requesters, the top %1 by points. Workers rate tasks privately; a requester&apos;s rating is shown only as an aggregate, once at least %2 ratings are in, and it is refreshed only after %3 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ranked (butterflies only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of 10 from %n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not published yet (%n rating(s) so far)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 points · %4 · rating: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caterpillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You keep butterfly standing while you hold at least %1 points (%2 to spare). Approved tasks without changes add points; ratings of your butterfly tasks add rating − %3 each, booked in batches so no single rating shows; a lost conflict costs points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 points to butterfly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s) to butterfly standing. A task approved without changes in feedback adds points; a conflict you lose costs points.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No worker of this tier who opted in has voted on 5 closed panels yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker of this tier who opted in has an approved answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your points have not moved yet. A task approved without changes in feedback, batches of ratings of your butterfly tasks and lost conflicts will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How workers rated your tasks shows here once at least %1 ratings are in, as a whole: no single rating is ever shown, and the chart changes only after %2 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How workers rated your tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::LeaseModel</name>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(task not synced yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::LocalMarketplace</name>
    <message>
        <source>The local marketplace did not start in time.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the local marketplace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local marketplace stopped (exit code %1).
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local marketplace is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local marketplace program %1 is missing; reinstall Chrysalis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::MainWindow</name>
    <message>
        <source>Chrysalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace no longer accepts your sign-in. Your work is kept; sign in again with File → Switch account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile and tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARBITRATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local demo marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %Ln change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending: %Ln change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::MarkupEditor</name>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ¢ per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstructions (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve the task as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest these &amp;changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes: 1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes: %1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet. Edit the task on the left where workers would stumble; each change appears here for a comment to the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the requester: why this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed the task, so you suggest changes. Undo every change to approve it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve when the task needs no change; the requester gains standing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::Money</name>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::MoneyPage</name>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger lines on your books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistake pay in the last %1 days: %2, over the allowance of %3. You get no new work; work you already hold still settles. An administrator can reinstate you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request payout of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can be paid out %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts open once %1 of earnings is available; you have %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested and waiting for an administrator to pay: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 of earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay earned in the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistake pay in the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 allowance used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistake pay is what the platform covers when a panel finds a rejected answer was your fault; you are paid in full either way. Over a rolling %1 days it may reach the larger of %2 of the payout threshold (%3) and %4 of the pay you earned in the window (%5): %6. Going over suspends the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In escrow for open answer slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged for approved answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged by panels (share at fault and fees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing holds pay plus the fee for every answer slot in escrow; approvals and panel settlements charge it, and the rest comes back to the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout request could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::MyWorkModel</name>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(task not synced yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet. Claim items in the task queue and answer them; they show up here the moment you submit, even offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings appear after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Earnings:&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; earned in the last 90 days: %2 &amp;nbsp;·&amp;nbsp; mistake pay in that window: %3 of an allowance of %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; ready for payout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::OutcomeView</name>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel closed without votes: the worker is not at fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel found the answer mostly the worker&apos;s fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel found the rejection mostly the requester&apos;s fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel split evenly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) · worker fault %1 · requester fault %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Worker fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the panel voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester charged (share at fault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitration fee (requester)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistake pay (covered by the platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Arbiter pay, %n arbiter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your ledger lines for this settlement have not arrived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the worker pay above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the worker pay above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paid %1: the charge plus the fee; the rest of the slot&apos;s escrow came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the arbiter pay above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the arbiter pay above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rationales: no arbiter voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationales (names withheld)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::PairwiseEditor</name>
    <message>
        <source>A is better   (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie   (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B is better   (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? A sentence or two (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::PointsHistoryModel</name>
    <message>
        <source>Feedback approved your task without changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; ratings of your butterfly tasks (a batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; ratings of your butterfly tasks (a batch, below neutral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A panel found you at fault in a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — you became a Butterfly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — you returned to Caterpillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::Problems</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and %1 more problems)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::ProfilePage</name>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile and tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. German, Software testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content warnings you agree to see, e.g. customer complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content opt-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;opt-ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion to %1 queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile appears after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — shown to others as %2; roles: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers are for workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, the highest tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;. On the way to &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (at most %2 in your last %Ln answer(s)) %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Become %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible for %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; it reaches the marketplace with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::QueuePage</name>
    <message>
        <source>Search task titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks I can take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My leased items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay per item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implied pay per hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why can&apos;t I take this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this task is not offered to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;My leased items&lt;/b&gt; — answer them before the time runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leased items. Pick a task above and claim items to work on them, online or offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search task titles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only tasks I can take, or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the tasks you cannot take (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to my leased items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks match. Sync to fetch new ones, or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a task to see its terms and claim items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) left of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ You can take this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take this task now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You hold %Ln leased item(s) of it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue the claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claim of %Ln item(s) queued; your leases appear below once the marketplace confirms it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::RateTaskDialog</name>
    <message>
        <source>Rate this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How good is “%1” as a task: clear instructions, fair pay, sensible items?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10: excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating is private: the requester only ever sees an average of several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::RatingEditor</name>
    <message>
        <source>Rate %1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::ReframeDialog</name>
    <message>
        <source>Propose a reframing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the instructions so the task is clearer or fairer. The requester sees your proposal and your reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is better (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes wrong with the current wording, and how yours fixes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::RejectionDialog</name>
    <message>
        <source>Reject answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection opens a panel of gold arbiters, and the worker is paid in full either way. Say which instruction the answer breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instructions (Enter quotes the selected passage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote the instruction and say how the answer breaks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote the instruction it relies on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructions say: “%1” </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::ReviewPage</name>
    <message>
        <source>Review answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve  (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…  (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑/↓ move through the answers, A approves, R rejects. Reviews made offline are sent when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers to your tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an answer to see it against the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by %1 · %2 · took %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved automatically in %1 unless you review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the worker was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A panel has settled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A panel of arbiters is judging it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::RevisionUndo</name>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::Session</name>
    <message>
        <source>Sign in with your password first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key the client answers to, by page. Page keys work while that page is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::SignInDialog</name>
    <message>
        <source>Welcome to Chrysalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrysalis keeps your work on this computer and syncs it with a marketplace, so you can keep working offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a demo marketplace on this computer, with believable tasks and accounts. Nothing leaves your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bob — bronze worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sam — silver worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gia — gold worker and arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ada — butterfly requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grace — caterpillar requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try it locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the marketplace address, your user name and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local marketplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the local marketplace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::SpansEditor</name>
    <message>
        <source>Select text, then press a label key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected span (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   “%2”   characters %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spans yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::TaskEditorPage</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What workers see in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ¢ per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> answers per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze (everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated, e.g. german, medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated, e.g. violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstructions (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the items workers answer from a JSONL file (one JSON object per line) or a CSV file (a header row names the keys). A file with any bad line adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard imported items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s revision could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item on the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items on the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 imported item not yet sent: it goes out with the next save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported items not yet sent: they go out with the next save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee (butterfly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee (caterpillar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the pay per answer to see the escrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers (%1 items × %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow at publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import items to see the whole escrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implied hourly pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task holds at most %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 item from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 items from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item files (*.jsonl *.ndjson *.json *.csv *.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the task a title before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved; sending it to the marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved here; it goes to the marketplace when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems marked in red before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import at least one item before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing: the escrow is reserved when the marketplace accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing: the task goes to feedback once the escrow is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (conflicted copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft changed on the marketplace while you edited it. Your version is kept as &quot;%1&quot; beside the marketplace&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: the escrow needs %1 but your balance is %2. Nothing was reserved; add funds or lower the pay, overlap or items and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::TaskQueueModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You posted this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is not open for work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have answered every item you could take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels take gold workers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback tasks take silver and gold workers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of caterpillar requesters take silver and gold workers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tier is below the task&apos;s minimum tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required skill is missing from your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task carries a content warning you have not opted in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slot is free for you right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking these items would go over today&apos;s limit you set for one of the task&apos;s content warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caterpillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::TextFieldEditor</name>
    <message>
        <source>Your answer (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, at least %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::TokenVault</name>
    <message>
        <source>No keychain service is running, so your sign-in is kept for this session only; you will be asked for your password next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::WeeklyEarningsModel</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned (cents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly pay (cents)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::WorkPage</name>
    <message>
        <source>time is up; may still be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items left in your leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item back so someone else can answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items leased; claim some in the task queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — item %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left in your leases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left in your leases: %1, of this task: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read your items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer form of “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved draft could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is stored, but its draft stays: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer stored. You have been on items with content warnings for a while: a short break away from the screen helps. Your drafts and leases stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer stored; sending it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer stored; it will be sent when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating stored; only the platform sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframing proposed; the requester will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Item %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease ends %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::WorkView</name>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate this task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a reframing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to work on right now.
Claim items of a task to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent on this item; paused while the window is in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this item for now and go on; the lease stays yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this item  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this item  %1 (paused)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chrysalis::WorkerBoardModel</name>
    <message>
        <source>no closed panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with panels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your points over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butterfly at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caterpillar below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (your local time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairWorkPage</name>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chrysalis: refereed annotation work, online or offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the embedded demo marketplace, signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo account for --demo (default bob).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG once the first sync finished, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: also one PNG per page, named PATH-&lt;page&gt;.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to show first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where local databases are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark or system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
