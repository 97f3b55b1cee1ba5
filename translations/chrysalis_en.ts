<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Chrysalis::ArbiterCalibrationFigures</name>
    <message numerus="yes">
        <source>%1 of %Ln panel(s) agreed; estimated %2, likely between %3 and %4</source>
        <translation>
            <numerusform>%1 of %Ln panel agreed; estimated %2, likely between %3 and %4</numerusform>
            <numerusform>%1 of %Ln panels agreed; estimated %2, likely between %3 and %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictPanelPage</name>
    <message numerus="yes">
        <source>Closed · %n vote(s)</source>
        <translation>
            <numerusform>Closed · %n vote</numerusform>
            <numerusform>Closed · %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::DashboardCharts</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::DataSection</name>
    <message numerus="yes">
        <source>%Ln database(s), %1 in all</source>
        <translation>
            <numerusform>%Ln database, %1 in all</numerusform>
            <numerusform>%Ln databases, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::FairWorkPage</name>
    <message numerus="yes">
        <source>Your effective hourly pay is &lt;b&gt;%1&lt;/b&gt; an hour, measured on %n paid answer(s).</source>
        <translation>
            <numerusform>Your effective hourly pay is &lt;b&gt;%1&lt;/b&gt; an hour, measured on %n paid answer.</numerusform>
            <numerusform>Your effective hourly pay is &lt;b&gt;%1&lt;/b&gt; an hour, measured on %n paid answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You keep %1 while no more than %2 of your last %3 answers end in a lost conflict: %4 so far, %n to spare.</source>
        <translation>
            <numerusform>You keep %1 while no more than %2 of your last %3 answers end in a lost conflict: %4 so far, %n to spare.</numerusform>
            <numerusform>You keep %1 while no more than %2 of your last %3 answers end in a lost conflict: %4 so far, %n to spare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::FeedbackPreview</name>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::GoldRecord</name>
    <message numerus="yes">
        <source>%1 of %Ln right</source>
        <translation>
            <numerusform>%1 of %Ln right</numerusform>
            <numerusform>%1 of %Ln right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unproven: too few test answers to judge yet; %Ln more scored answer(s) needed. Until then nothing is held against you.</source>
        <translation>
            <numerusform>Unproven: too few test answers to judge yet; %Ln more scored answer needed. Until then nothing is held against you.</numerusform>
            <numerusform>Unproven: too few test answers to judge yet; %Ln more scored answers needed. Until then nothing is held against you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::LeaderboardModel</name>
    <message numerus="yes">
        <source>%1 of 10 (%n rating(s))</source>
        <translation>
            <numerusform>%1 of 10 (%n rating)</numerusform>
            <numerusform>%1 of 10 (%n ratings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::LeaderboardPage</name>
    <message numerus="yes">
        <source>%1 of 10 from %n rating(s)</source>
        <translation>
            <numerusform>%1 of 10 from %n rating</numerusform>
            <numerusform>%1 of 10 from %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not published yet (%n rating(s) so far)</source>
        <translation>
            <numerusform>not published yet (%n rating so far)</numerusform>
            <numerusform>not published yet (%n ratings so far)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s) to butterfly standing. A task approved without changes in feedback adds points; a conflict you lose costs points.</source>
        <translation>
            <numerusform>%n more point to butterfly standing. A task approved without changes in feedback adds points; a conflict you lose costs points.</numerusform>
            <numerusform>%n more points to butterfly standing. A task approved without changes in feedback adds points; a conflict you lose costs points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::MainWindow</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln change waiting to sync</numerusform>
            <numerusform>%Ln changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synced %n min ago</numerusform>
            <numerusform>Synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %Ln change(s)</source>
        <translation>
            <numerusform>Receiving: %Ln change</numerusform>
            <numerusform>Receiving: %Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending: %Ln change(s)</source>
        <translation>
            <numerusform>Sending: %Ln change</numerusform>
            <numerusform>Sending: %Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::OutcomeView</name>
    <message numerus="yes">
        <source>%n vote(s) · worker fault %1 · requester fault %2</source>
        <translation>
            <numerusform>%n vote · worker fault %1 · requester fault %2</numerusform>
            <numerusform>%n votes · worker fault %1 · requester fault %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arbiter pay, %n arbiter(s)</source>
        <translation>
            <numerusform>Arbiter pay, %n arbiter</numerusform>
            <numerusform>Arbiter pay, %n arbiters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::ProfilePage</name>
    <message numerus="yes">
        <source>%1 (at most %2 in your last %Ln answer(s)) %3</source>
        <translation>
            <numerusform>%1 (at most %2 in your last %Ln answer) %3</numerusform>
            <numerusform>%1 (at most %2 in your last %Ln answers) %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::QueuePage</name>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You hold %Ln leased item(s) of it.</source>
        <translation>
            <numerusform>You hold %Ln leased item of it.</numerusform>
            <numerusform>You hold %Ln leased items of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claim of %Ln item(s) queued; your leases appear below once the marketplace confirms it.</source>
        <translation>
            <numerusform>Claim of %Ln item queued; your leases appear below once the marketplace confirms it.</numerusform>
            <numerusform>Claim of %Ln items queued; your leases appear below once the marketplace confirms it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::ResultsExportDialog</name>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed panel(s)</source>
        <translation>
            <numerusform>%Ln closed panel</numerusform>
            <numerusform>%Ln closed panels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::TaskEditorPage</name>
    <message numerus="yes">
        <source>%Ln of them with a gold answer.</source>
        <translation>
            <numerusform>%Ln of them with a gold answer.</numerusform>
            <numerusform>%Ln of them with a gold answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) per item</source>
        <translation>
            <numerusform>%n answer per item</numerusform>
            <numerusform>%n answers per item</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::TaskQueueModel</name>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamRequestsPage</name>
    <message numerus="yes">
        <source> · %n reserved for invitees</source>
        <translation>
            <numerusform> · %n reserved for invitee</numerusform>
            <numerusform> · %n reserved for invitees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n seat(s) taken, %3 each</source>
        <translation>
            <numerusform>%1: %2 of %n seat taken, %3 each</numerusform>
            <numerusform>%1: %2 of %n seats taken, %3 each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamRoomView</name>
    <message numerus="yes">
        <source>Version %1 · %2 · %3 · %n characters</source>
        <translation>
            <numerusform>Version %1 · %2 · %3 · %n character</numerusform>
            <numerusform>Version %1 · %2 · %3 · %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamTaskModel</name>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::Validation</name>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>must be at most %n character</numerusform>
            <numerusform>must be at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allows at most %n steps above min</source>
        <translation>
            <numerusform>allows at most %n step above min</numerusform>
            <numerusform>allows at most %n steps above min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n characters (has %1)</source>
        <translation>
            <numerusform>must be at least %n character (has %1)</numerusform>
            <numerusform>must be at least %n characters (has %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters (has %1)</source>
        <translation>
            <numerusform>must be at most %n character (has %1)</numerusform>
            <numerusform>must be at most %n characters (has %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n fields</source>
        <translation>
            <numerusform>must have at most %n field</numerusform>
            <numerusform>must have at most %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a claim may take at most %n slots (asked for %1)</source>
        <translation>
            <numerusform>a claim may take at most %n slot (asked for %1)</numerusform>
            <numerusform>a claim may take at most %n slots (asked for %1)</numerusform>
        </translation>
    </message>
</context>
</TS>
