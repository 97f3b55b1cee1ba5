<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Chrysalis::AnswerTableModel</name>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (aún sin enviar)</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <source>Answers not reviewed within %1 of submission are approved and paid automatically.</source>
        <translation>Las respuestas no revisadas en %1 desde su envío se aprueban y se pagan automáticamente.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Auto-approval</source>
        <translation>Aprobación automática</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pago</translation>
    </message>
</context>
<context>
    <name>Chrysalis::AnswerViewer</name>
    <message>
        <source>No spans labelled.</source>
        <translation>No hay fragmentos etiquetados.</translation>
    </message>
    <message>
        <source>Select an answer to see it against the form.</source>
        <translation>Selecciona una respuesta para verla junto al formulario.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>%1 %2 on a scale of %3 to %4</source>
        <translation>%1 %2 en una escala de %3 a %4</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>Prefers response A</source>
        <translation>Prefiere la respuesta A</translation>
    </message>
    <message>
        <source>Prefers response B</source>
        <translation>Prefiere la respuesta B</translation>
    </message>
    <message>
        <source>A tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
</context>
<context>
    <name>Chrysalis::AppearanceSection</name>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>The colours of the client. Apply or OK changes them at once; no restart needed.</source>
        <translation>Los colores del cliente. Aplicar o Aceptar los cambia al momento; no hace falta reiniciar.</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ArbiterCalibrationFigures</name>
    <message>
        <source>no panels counted yet</source>
        <translation>aún no hay tribunales contabilizados</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln panel(s) agreed; estimated %2, likely between %3 and %4</source>
        <translation>
            <numerusform>coincidiste en %1 de %Ln tribunal; estimación: %2, probablemente entre %3 y %4</numerusform>
            <numerusform>coincidiste en %1 de %Ln tribunales; estimación: %2, probablemente entre %3 y %4</numerusform>
        </translation>
    </message>
    <message>
        <source>How often your votes matched the other arbiters&apos; majority on closed panels, and the gold key on panels about test items. Ties and lone votes are not counted; with few panels the range is wide.</source>
        <translation>Con qué frecuencia tus votos coincidieron con la mayoría de los demás árbitros en los tribunales cerrados, y con la solución de control en los tribunales sobre elementos de control. Los empates y los votos aislados no cuentan; con pocos tribunales, el intervalo es amplio.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ArbitrationText</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Ignored the instructions</source>
        <translation>Ignoró las instrucciones</translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation>Respuesta incorrecta</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleta</translation>
    </message>
    <message>
        <source>Low effort or spam</source>
        <translation>Poco esfuerzo o spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Rejected, panel open</source>
        <translation>Rechazada, tribunal abierto</translation>
    </message>
    <message>
        <source>Settled by a panel</source>
        <translation>Resuelta por un tribunal</translation>
    </message>
    <message>
        <source>Worker fault</source>
        <translation>Culpa del trabajador</translation>
    </message>
    <message>
        <source>Requester fault</source>
        <translation>Culpa del solicitante</translation>
    </message>
    <message>
        <source>Your account is suspended.</source>
        <translation>Tu cuenta está suspendida.</translation>
    </message>
    <message>
        <source>You are the requester in this conflict.</source>
        <translation>Eres el solicitante en este conflicto.</translation>
    </message>
    <message>
        <source>You are the worker whose answer is judged, or you answered the same item.</source>
        <translation>Eres el trabajador cuya respuesta se juzga, o respondiste al mismo elemento.</translation>
    </message>
    <message>
        <source>Panels take gold workers only.</source>
        <translation>Los tribunales solo admiten trabajadores de nivel oro.</translation>
    </message>
    <message>
        <source>The task carries a content warning you have not opted in to.</source>
        <translation>La tarea lleva un aviso de contenido que no has aceptado.</translation>
    </message>
    <message>
        <source>The task is not open.</source>
        <translation>La tarea no está abierta.</translation>
    </message>
    <message>
        <source>Every seat is taken.</source>
        <translation>Todos los puestos están ocupados.</translation>
    </message>
    <message>
        <source>Your tier is below the one required.</source>
        <translation>Tu nivel es inferior al requerido.</translation>
    </message>
    <message>
        <source>A required skill is missing from your profile.</source>
        <translation>A tu perfil le falta una habilidad requerida.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Escrow</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Fondos</translation>
    </message>
    <message>
        <source>Task published</source>
        <translation>Tarea publicada</translation>
    </message>
    <message>
        <source>Escrow released</source>
        <translation>Depósito liberado</translation>
    </message>
    <message>
        <source>Answer approved</source>
        <translation>Respuesta aprobada</translation>
    </message>
    <message>
        <source>Feedback pay</source>
        <translation>Pago por comentarios</translation>
    </message>
    <message>
        <source>Panel settlement</source>
        <translation>Resolución del tribunal</translation>
    </message>
    <message>
        <source>Arbitration pay</source>
        <translation>Pago por arbitraje</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Cobro</translation>
    </message>
</context>
<context>
    <name>Chrysalis::AttentionModel</name>
    <message>
        <source>Claim items</source>
        <translation>Tomar elementos</translation>
    </message>
    <message>
        <source>Release an item</source>
        <translation>Liberar un elemento</translation>
    </message>
    <message>
        <source>Submit an answer</source>
        <translation>Enviar una respuesta</translation>
    </message>
    <message>
        <source>Review an answer</source>
        <translation>Revisar una respuesta</translation>
    </message>
    <message>
        <source>Submit feedback</source>
        <translation>Enviar comentarios</translation>
    </message>
    <message>
        <source>Resolve feedback</source>
        <translation>Resolver comentarios</translation>
    </message>
    <message>
        <source>Cast a vote</source>
        <translation>Emitir un voto</translation>
    </message>
    <message>
        <source>Rate a task</source>
        <translation>Valorar una tarea</translation>
    </message>
    <message>
        <source>Save a task draft</source>
        <translation>Guardar un borrador de tarea</translation>
    </message>
    <message>
        <source>Add items</source>
        <translation>Añadir elementos</translation>
    </message>
    <message>
        <source>Publish a task</source>
        <translation>Publicar una tarea</translation>
    </message>
    <message>
        <source>Propose a reframing</source>
        <translation>Proponer un replanteamiento</translation>
    </message>
    <message>
        <source>Accept a tier</source>
        <translation>Aceptar un nivel</translation>
    </message>
    <message>
        <source>Update the profile</source>
        <translation>Actualizar el perfil</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
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
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>What the marketplace refused or could not take yet. Nothing here is lost: the local copy of what you sent is kept.</source>
        <translation>Lo que el mercado rechazó o aún no pudo aceptar. Aquí no se pierde nada: se conserva la copia local de lo que enviaste.</translation>
    </message>
    <message>
        <source>Changes that need attention</source>
        <translation>Cambios que requieren atención</translation>
    </message>
    <message>
        <source>Nothing needs your attention: everything you did reached the marketplace or is waiting to sync.</source>
        <translation>Nada requiere tu atención: todo lo que hiciste llegó al mercado o espera a sincronizarse.</translation>
    </message>
    <message>
        <source>Kept local copy</source>
        <translation>Copia local conservada</translation>
    </message>
    <message>
        <source>The kept local copy of the selected change appears here.</source>
        <translation>Aquí aparece la copia local conservada del cambio seleccionado.</translation>
    </message>
    <message>
        <source>&amp;Retry blocked changes</source>
        <translation>&amp;Reintentar cambios bloqueados</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Take this rejection off the list; it stays in the local history.</source>
        <translation>Quita este rechazo de la lista; se queda en el historial local.</translation>
    </message>
    <message>
        <source>Kept local copy of what you sent:</source>
        <translation>Copia local conservada de lo que enviaste:</translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <translation>No se pudo reintentar: %1</translation>
    </message>
    <message>
        <source>Could not dismiss: %1</source>
        <translation>No se pudo descartar: %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ClientSettings</name>
    <message>
        <source>Enter the marketplace address, e.g. https://marketplace.example.org.</source>
        <translation>Introduce la dirección del mercado, p. ej. https://marketplace.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» no es una dirección web.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, not %1://.</source>
        <translation>La dirección debe empezar por http:// o https://, no por %1://.</translation>
    </message>
    <message>
        <source>The address has no host name, e.g. marketplace.example.org.</source>
        <translation>A la dirección le falta el nombre de host, p. ej. marketplace.example.org.</translation>
    </message>
    <message>
        <source>Leave out user names, “?” and “#” parts: only the marketplace’s address.</source>
        <translation>Quita los nombres de usuario y las partes con «?» y «#»: solo la dirección del mercado.</translation>
    </message>
    <message>
        <source>Every server needs a name.</source>
        <translation>Cada servidor necesita un nombre.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>There are two servers named “%1”.</source>
        <translation>Hay dos servidores llamados «%1».</translation>
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
        <translation>Chrysalis: trabajo de anotación arbitrado, con o sin conexión.</translation>
    </message>
    <message>
        <source>Start on the embedded demo marketplace, signed in.</source>
        <translation>Empezar en el mercado de demostración integrado, con la sesión iniciada.</translation>
    </message>
    <message>
        <source>The demo account for --demo (default bob).</source>
        <translation>La cuenta de demostración para --demo (por defecto, bob).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG once the first sync finished, then exit.</source>
        <translation>Renderizar la ventana principal en un PNG cuando termine la primera sincronización y salir.</translation>
    </message>
    <message>
        <source>With --screenshot: also one PNG per page, named PATH-&lt;page&gt;.png.</source>
        <translation>Con --screenshot: además, un PNG por página, llamado PATH-&lt;page&gt;.png.</translation>
    </message>
    <message>
        <source>The page to show first.</source>
        <translation>La página que se muestra primero.</translation>
    </message>
    <message>
        <source>Where local databases are kept.</source>
        <translation>Dónde se guardan las bases de datos locales.</translation>
    </message>
    <message>
        <source>light, dark or system.</source>
        <translation>light, dark o system.</translation>
    </message>
    <message>
        <source>Do not show the first-run tour (screenshot runs never do).</source>
        <translation>No mostrar la visita guiada del primer inicio (las ejecuciones con --screenshot nunca la muestran).</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictPanelPage</name>
    <message>
        <source>The worker&apos;s answer</source>
        <translation>La respuesta del trabajador</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>Tu voto</translation>
    </message>
    <message>
        <source>Whose fault is it that the answer was rejected? No one sees your vote before the panel closes, and it cannot be changed.</source>
        <translation>¿De quién es la culpa de que se rechazara la respuesta? Nadie ve tu voto antes de que se cierre el tribunal, y no se puede cambiar.</translation>
    </message>
    <message>
        <source>&amp;Worker fault: the answer breaks the instructions</source>
        <translation>Culpa del &amp;trabajador: la respuesta incumple las instrucciones</translation>
    </message>
    <message>
        <source>R&amp;equester fault: the rejection is not justified</source>
        <translation>Culpa del &amp;solicitante: el rechazo no está justificado</translation>
    </message>
    <message>
        <source>&amp;Rationale (required; shown to everyone without your name after the close)</source>
        <translation>&amp;Justificación (obligatoria; se muestra a todos sin tu nombre tras el cierre)</translation>
    </message>
    <message>
        <source>Which instruction decides it, and why.</source>
        <translation>Qué instrucción lo decide y por qué.</translation>
    </message>
    <message>
        <source>Cast vote…</source>
        <translation>Emitir voto…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Cast vote, final</source>
        <translation>Emitir voto definitivo</translation>
    </message>
    <message>
        <source>Cast “%1”? Votes are final: you cannot change or withdraw it, and it stays hidden until the panel closes.</source>
        <translation>¿Emitir «%1»? Los votos son definitivos: no puedes cambiarlo ni retirarlo, y permanece oculto hasta que se cierre el tribunal.</translation>
    </message>
    <message>
        <source>The vote could not be saved: %1</source>
        <translation>No se pudo guardar el voto: %1</translation>
    </message>
    <message>
        <source>Conflict panel</source>
        <translation>Tribunal de conflicto</translation>
    </message>
    <message>
        <source>Choose a conflict in the queue.</source>
        <translation>Elige un conflicto de la cola.</translation>
    </message>
    <message>
        <source>This conflict is not visible to you: the server offers an open panel only to arbiters who may sit on it, and shows a closed one only to the parties and the arbiters who voted.</source>
        <translation>Este conflicto no es visible para ti: el servidor solo ofrece un tribunal abierto a los árbitros que pueden formar parte de él, y solo muestra uno cerrado a las partes y a los árbitros que votaron.</translation>
    </message>
    <message>
        <source>The rejection</source>
        <translation>El rechazo</translation>
    </message>
    <message>
        <source>Answer pay</source>
        <translation>Pago de la respuesta</translation>
    </message>
    <message>
        <source>Instructions the worker saw</source>
        <translation>Instrucciones que vio el trabajador</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revisión %1</translation>
    </message>
    <message>
        <source>Another worker</source>
        <translation>Otro trabajador</translation>
    </message>
    <message>
        <source>Other answers to this item</source>
        <translation>Otras respuestas a este elemento</translation>
    </message>
    <message>
        <source>Open · %1 of %2 seats filled · closes in %3%4 · arbiter pay %5</source>
        <translation>Abierto · %1 de %2 puestos ocupados · cierra en %3%4 · pago al árbitro %5</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> (prorrogado)</translation>
    </message>
    <message numerus="yes">
        <source>Closed · %n vote(s)</source>
        <translation>
            <numerusform>Cerrado · %n voto</numerusform>
            <numerusform>Cerrado · %n votos</numerusform>
        </translation>
    </message>
    <message>
        <source>You voted:</source>
        <translation>Tu voto:</translation>
    </message>
    <message>
        <source>Waiting to be sent; it is counted if it reaches the server before the panel closes.</source>
        <translation>Pendiente de envío; cuenta si llega al servidor antes de que se cierre el tribunal.</translation>
    </message>
    <message>
        <source>Recorded. Other votes stay hidden until the panel closes.</source>
        <translation>Registrado. Los demás votos permanecen ocultos hasta que se cierre el tribunal.</translation>
    </message>
    <message>
        <source>Your vote arrived after the panel closed and was not counted.</source>
        <translation>Tu voto llegó después del cierre del tribunal y no se contó.</translation>
    </message>
    <message>
        <source>The server refused your vote (%1): %2</source>
        <translation>El servidor rechazó tu voto (%1): %2</translation>
    </message>
    <message>
        <source>The panel is deliberating: %1 of %2 seats filled. Votes stay hidden until it closes.</source>
        <translation>El tribunal está deliberando: %1 de %2 puestos ocupados. Los votos permanecen ocultos hasta el cierre.</translation>
    </message>
    <message>
        <source>This is your answer. You are paid in full whatever the outcome. </source>
        <translation>Esta es tu respuesta. Cobras el importe completo sea cual sea el resultado. </translation>
    </message>
    <message>
        <source>This is your rejection. </source>
        <translation>Este es tu rechazo. </translation>
    </message>
    <message>
        <source>Pay of the whole team</source>
        <translation>Pago de todo el equipo</translation>
    </message>
    <message>
        <source>The team&apos;s brief</source>
        <translation>Descripción del equipo</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>El equipo</translation>
    </message>
    <message>
        <source>What the team delivered</source>
        <translation>Lo que entregó el equipo</translation>
    </message>
    <message>
        <source>This is your team&apos;s delivery. Every member is paid their role&apos;s pay in full whatever the outcome. </source>
        <translation>Esta es la entrega de tu equipo. Cada miembro cobra el pago completo de su puesto sea cual sea el resultado. </translation>
    </message>
    <message>
        <source>Whose fault is it that the team&apos;s delivery was rejected? No one sees your vote before the panel closes, and it cannot be changed.</source>
        <translation>¿De quién es la culpa de que se rechazara la entrega del equipo? Nadie ve tu voto antes de que cierre el tribunal, y no se puede cambiar.</translation>
    </message>
    <message>
        <source>&amp;Team fault: the delivery breaks the brief</source>
        <translation>Culpa del &amp;equipo: la entrega no cumple la descripción</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictQueueModel</name>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Your rejection</source>
        <translation>Tu rechazo</translation>
    </message>
    <message>
        <source>Voted (not sent yet)</source>
        <translation>Votado (aún sin enviar)</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Votado</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>Sin votar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>%1 left (extended)</source>
        <translation>Quedan %1 (prorrogado)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>The pay of the rejected answer; the worker receives it in full.</source>
        <translation>El pago de la respuesta rechazada; el trabajador lo recibe íntegro.</translation>
    </message>
    <message>
        <source>Every arbiter who votes is paid this, whatever the outcome.</source>
        <translation>Cada árbitro que vota recibe este pago, sea cual sea el resultado.</translation>
    </message>
    <message>
        <source>Votes cast so far; how they split stays hidden until the panel closes.</source>
        <translation>Votos emitidos hasta ahora; su reparto permanece oculto hasta que se cierre el tribunal.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Rejected for</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Seats filled</source>
        <translation>Puestos ocupados</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Your part</source>
        <translation>Tu papel</translation>
    </message>
    <message>
        <source>Your team&apos;s delivery</source>
        <translation>Entrega de tu equipo</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictQueuePage</name>
    <message>
        <source>Conflict panels</source>
        <translation>Tribunales de conflicto</translation>
    </message>
    <message>
        <source>Open panels you may sit on</source>
        <translation>Tribunales abiertos en los que puedes participar</translation>
    </message>
    <message>
        <source>votes are blind and final; every arbiter who votes is paid</source>
        <translation>los votos son secretos y definitivos; cada árbitro que vota cobra</translation>
    </message>
    <message>
        <source>Your conflicts</source>
        <translation>Tus conflictos</translation>
    </message>
    <message>
        <source>No conflict involves you yet: your rejected answers, your rejections and the panels you voted on appear here.</source>
        <translation>Todavía no tienes ningún conflicto: aquí aparecen tus respuestas rechazadas, tus rechazos y los tribunales en los que votaste.</translation>
    </message>
    <message>
        <source>Enter opens the selected conflict.</source>
        <translation>Intro abre el conflicto seleccionado.</translation>
    </message>
    <message>
        <source>Your vote “%1” arrived after its panel closed and was not counted.</source>
        <translation>Tu voto «%1» llegó después del cierre de su tribunal y no se contó.</translation>
    </message>
    <message>
        <source>The server refused your vote “%1”: %2</source>
        <translation>El servidor rechazó tu voto «%1»: %2</translation>
    </message>
    <message>
        <source>No open panel is offered to you right now.</source>
        <translation>Ahora mismo no se te ofrece ningún tribunal abierto.</translation>
    </message>
    <message>
        <source>Panels are never offered to the worker whose answer is judged, to the requester, or to anyone who answered the same item; once a panel is full or closed it leaves the queue.</source>
        <translation>Los tribunales nunca se ofrecen al trabajador cuya respuesta se juzga, al solicitante ni a nadie que respondiera al mismo elemento; cuando un tribunal está completo o cerrado, sale de la cola.</translation>
    </message>
    <message>
        <source>Why is a panel not offered?</source>
        <translation>¿Por qué no se ofrece un tribunal?</translation>
    </message>
    <message>
        <source>Votes that came too late</source>
        <translation>Votos que llegaron tarde</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ConflictsPage</name>
    <message>
        <source>All conflicts</source>
        <translation>Todos los conflictos</translation>
    </message>
    <message>
        <source>Back to the list of conflicts (Esc)</source>
        <translation>Volver a la lista de conflictos (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your calibration as an arbiter&lt;/b&gt;&lt;br&gt;With the panel majority: %1.&lt;br&gt;With gold keys: %2.&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Tu calibración como árbitro&lt;/b&gt;&lt;br&gt;Con la mayoría del tribunal: %1.&lt;br&gt;Con las soluciones de control: %2.&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ContentPreferences</name>
    <message>
        <source>a category is blank</source>
        <translation>hay una categoría vacía</translation>
    </message>
    <message>
        <source>must be a whole number of items per day from 0 to 100000</source>
        <translation>debe ser un número entero de elementos al día, de 0 a 100000</translation>
    </message>
    <message>
        <source>The content preferences are not valid.</source>
        <translation>Las preferencias de contenido no son válidas.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ContentSection</name>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Some tasks carry content warnings. You are offered them only for the categories you opt in to, and at most your daily limit of items of each (the day starts at midnight UTC). Synced to your account.</source>
        <translation>Algunas tareas llevan avisos de contenido. Solo se te ofrecen las de las categorías que aceptes y, como mucho, tu límite diario de elementos de cada una (el día empieza a medianoche UTC). Se sincroniza con tu cuenta.</translation>
    </message>
    <message>
        <source>Content categories</source>
        <translation>Categorías de contenido</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>I agree to see it</source>
        <translation>Acepto verlo</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Límite diario</translation>
    </message>
    <message>
        <source>Another category, e.g. medical images</source>
        <translation>Otra categoría, p. ej. imágenes médicas</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>&amp;Añadir categoría</translation>
    </message>
    <message>
        <source>Sign in to choose what content you are offered.</source>
        <translation>Inicia sesión para elegir qué contenido se te ofrece.</translation>
    </message>
    <message>
        <source>Agree to see %1</source>
        <translation>Acepto ver %1</translation>
    </message>
    <message>
        <source>Daily limit for %1</source>
        <translation>Límite diario de %1</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> al día</translation>
    </message>
    <message>
        <source>No task you can see carries a content warning yet. Add a category to opt in ahead of time.</source>
        <translation>Ninguna tarea que puedas ver lleva todavía un aviso de contenido. Añade una categoría para aceptarla de antemano.</translation>
    </message>
    <message>
        <source>Saved; it reaches the marketplace with the next sync.</source>
        <translation>Guardado; llegará al mercado con la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ContestDialog</name>
    <message>
        <source>Contest a test item</source>
        <translation>Impugnar un elemento de control</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Your answer was scored wrong against the task&apos;s expected answer for a test item. If you think the expected answer is wrong, say why: the requester reads it and either corrects the key, which re-scores every answer to the item, or dismisses the contest.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Tu respuesta a un elemento de control se puntuó como incorrecta frente a la respuesta esperada de la tarea. Si crees que la respuesta esperada es errónea, explica por qué: el solicitante lo lee y corrige la solución, con lo que se vuelven a puntuar todas las respuestas al elemento, o desestima la impugnación.</translation>
    </message>
    <message>
        <source>&amp;Why is the expected answer wrong?</source>
        <translation>¿&amp;Por qué es errónea la respuesta esperada?</translation>
    </message>
    <message>
        <source>e.g. The review praises the kettle; the sentiment is positive.</source>
        <translation>p. ej. La reseña elogia el hervidor; el sentimiento es positivo.</translation>
    </message>
    <message>
        <source>&amp;Send contest</source>
        <translation>&amp;Enviar impugnación</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters: shorten it</source>
        <translation>%1 de %2 caracteres como máximo: acórtalo</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 de %2 caracteres como máximo</translation>
    </message>
</context>
<context>
    <name>Chrysalis::CorrectionEditor</name>
    <message>
        <source>Your changes: inserted words underlined, removed words struck through</source>
        <translation>Tus cambios: palabras insertadas subrayadas, palabras eliminadas tachadas</translation>
    </message>
    <message>
        <source>No changes yet: the text is as the item gives it.</source>
        <translation>Aún no hay cambios: el texto está tal como lo da el elemento.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::DashboardCharts</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Your points over time</source>
        <translation>Tus puntos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Butterfly at %1</source>
        <translation>Mariposa desde %1</translation>
    </message>
    <message>
        <source>Caterpillar below %1</source>
        <translation>Oruga por debajo de %1</translation>
    </message>
    <message>
        <source>Time (your local time)</source>
        <translation>Tiempo (tu hora local)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::DataSection</name>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Your work, drafts and the copy of the marketplace you work offline with live in local databases. Compacting gives back the room deleted rows left behind.</source>
        <translation>Tu trabajo, tus borradores y la copia del mercado con la que trabajas sin conexión se guardan en bases de datos locales. Al compactarlas se recupera el espacio que dejaron las filas eliminadas.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Local databases</source>
        <translation>Bases de datos locales</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Compact databases</source>
        <translation>&amp;Compactar bases de datos</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s VACUUM on every database listed</source>
        <translation>Ejecuta VACUUM de SQLite en cada base de datos de la lista</translation>
    </message>
    <message>
        <source>Compacting result</source>
        <translation>Resultado de la compactación</translation>
    </message>
    <message>
        <source>An account&apos;s work and offline copy</source>
        <translation>Trabajo y copia sin conexión de una cuenta</translation>
    </message>
    <message>
        <source>Unsent answer drafts</source>
        <translation>Borradores de respuestas sin enviar</translation>
    </message>
    <message>
        <source>Local demo marketplace</source>
        <translation>Mercado local de demostración</translation>
    </message>
    <message>
        <source>No local databases yet.</source>
        <translation>Aún no hay bases de datos locales.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln database(s), %1 in all</source>
        <translation>
            <numerusform>%Ln base de datos, %1 en total</numerusform>
            <numerusform>%Ln bases de datos, %1 en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Compacting…</source>
        <translation>Compactando…</translation>
    </message>
    <message>
        <source>Done: %1 saved (from %2 to %3).</source>
        <translation>Hecho: se liberaron %1 (de %2 a %3).</translation>
    </message>
    <message>
        <source>Not compacted, in use or damaged: %1</source>
        <translation>Sin compactar, en uso o dañadas: %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::FairWorkPage</name>
    <message>
        <source>Fair work</source>
        <translation>Trabajo justo</translation>
    </message>
    <message>
        <source>Your record</source>
        <translation>Tu historial</translation>
    </message>
    <message>
        <source>Pay and time</source>
        <translation>Pago y tiempo</translation>
    </message>
    <message>
        <source>Mistake pay against the allowance</source>
        <translation>Pago por errores frente al margen</translation>
    </message>
    <message>
        <source>Capability modes, each on its own</source>
        <translation>Modos de capacidad, cada uno por separado</translation>
    </message>
    <message>
        <source>Execution reliability</source>
        <translation>Fiabilidad en la ejecución</translation>
    </message>
    <message>
        <source>Diagnostic work</source>
        <translation>Trabajo de diagnóstico</translation>
    </message>
    <message>
        <source>Generative reframing</source>
        <translation>Replanteamiento generativo</translation>
    </message>
    <message numerus="yes">
        <source>Your effective hourly pay is &lt;b&gt;%1&lt;/b&gt; an hour, measured on %n paid answer(s).</source>
        <translation>
            <numerusform>Tu pago efectivo por hora es de &lt;b&gt;%1&lt;/b&gt;, calculado sobre %n respuesta pagada.</numerusform>
            <numerusform>Tu pago efectivo por hora es de &lt;b&gt;%1&lt;/b&gt;, calculado sobre %n respuestas pagadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer of yours has been paid yet, so there is no hourly pay to show.</source>
        <translation>Todavía no se ha pagado ninguna respuesta tuya, así que no hay pago por hora que mostrar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One more lost conflict in your last %1 answers and you return to %2.&lt;/b&gt; You have lost %3 there, the most %4 allows. Each new answer pushes the oldest out of that window.</source>
        <translation>&lt;b&gt;Un conflicto perdido más en tus últimas %1 respuestas y vuelves a %2.&lt;/b&gt; Has perdido %3 ahí, el máximo que permite %4. Cada respuesta nueva saca de esa ventana a la más antigua.</translation>
    </message>
    <message numerus="yes">
        <source>You keep %1 while no more than %2 of your last %3 answers end in a lost conflict: %4 so far, %n to spare.</source>
        <translation>
            <numerusform>Mantienes %1 mientras no más de %2 de tus últimas %3 respuestas terminen en un conflicto perdido: %4 hasta ahora, te queda %n de margen.</numerusform>
            <numerusform>Mantienes %1 mientras no más de %2 de tus últimas %3 respuestas terminen en un conflicto perdido: %4 hasta ahora, te quedan %n de margen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers submitted</source>
        <translation>Respuestas enviadas</translation>
    </message>
    <message>
        <source>Approval rate</source>
        <translation>Tasa de aprobación</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 reviewed)</source>
        <translation>%1 (%2 de %3 revisadas)</translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation>aún sin revisiones</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Pendientes de revisión</translation>
    </message>
    <message>
        <source>Conflicts won / lost</source>
        <translation>Conflictos ganados/perdidos</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Panels still open</source>
        <translation>Tribunales aún abiertos</translation>
    </message>
    <message>
        <source>Earned in all</source>
        <translation>Ganado en total</translation>
    </message>
    <message>
        <source>for answers</source>
        <translation>por respuestas</translation>
    </message>
    <message>
        <source>for feedback and panels</source>
        <translation>por comentarios y tribunales</translation>
    </message>
    <message>
        <source>Time on paid answers</source>
        <translation>Tiempo en respuestas pagadas</translation>
    </message>
    <message>
        <source>Time awaiting review (paid later)</source>
        <translation>Tiempo en revisión (se paga luego)</translation>
    </message>
    <message>
        <source>Unpaid time</source>
        <translation>Tiempo no pagado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Over the allowance: the account is suspended until an administrator reinstates it.</source>
        <translation>Por encima del margen: la cuenta queda suspendida hasta que un administrador la restablezca.</translation>
    </message>
    <message>
        <source>Mistake pay over the last %1 days. You are paid in full either way; only going over the allowance suspends the account.</source>
        <translation>Pago por errores en los últimos %1 días. Cobras el importe completo en cualquier caso; solo superar el margen suspende la cuenta.</translation>
    </message>
    <message>
        <source>Feedback tasks done</source>
        <translation>Comentarios entregados</translation>
    </message>
    <message>
        <source>Agreement with panels</source>
        <translation>Acuerdo con los tribunales</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 votes)</source>
        <translation>%1 (%2 de %3 votos)</translation>
    </message>
    <message>
        <source>no closed panels yet</source>
        <translation>aún no hay tribunales cerrados</translation>
    </message>
    <message>
        <source>Adopted by requesters</source>
        <translation>Adoptadas por solicitantes</translation>
    </message>
    <message>
        <source>Reframe proposals</source>
        <translation>Propuestas de replanteamiento</translation>
    </message>
    <message>
        <source>Waiting / declined</source>
        <translation>Pendientes / rechazadas</translation>
    </message>
    <message>
        <source>Think a task&apos;s boundary or criteria are wrong? Propose a reframing from the work view.</source>
        <translation>¿Crees que el alcance o los criterios de una tarea son erróneos? Propón un replanteamiento desde la vista de trabajo.</translation>
    </message>
    <message>
        <source>adopted (changes taken: %1)</source>
        <translation>adoptada (cambios aceptados: %1)</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>waiting for the requester</source>
        <translation>pendiente del solicitante</translation>
    </message>
    <message>
        <source>Earnings per week appear here once an answer of yours is paid.</source>
        <translation>Las ganancias semanales aparecen aquí cuando se te paga una respuesta.</translation>
    </message>
    <message>
        <source>Earnings per week (answers)</source>
        <translation>Ganancias por semana (respuestas)</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Semana ISO</translation>
    </message>
    <message>
        <source>Earnings (%1)</source>
        <translation>Ganancias (%1)</translation>
    </message>
    <message>
        <source>The spread of your hourly pay appears here once a timed answer is paid.</source>
        <translation>La distribución de tu pago por hora aparece aquí cuando se paga una respuesta cronometrada.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Hourly pay per answer</source>
        <translation>Pago por hora de cada respuesta</translation>
    </message>
    <message>
        <source>Hourly pay (%1 an hour)</source>
        <translation>Pago por hora (%1 por hora)</translation>
    </message>
    <message>
        <source>Paid answers</source>
        <translation>Respuestas pagadas</translation>
    </message>
    <message>
        <source>Your answer %1</source>
        <translation>Tu respuesta %1</translation>
    </message>
    <message>
        <source>Panel you sat on %1</source>
        <translation>Tribunal como árbitro %1</translation>
    </message>
    <message>
        <source>How your panels voted</source>
        <translation>Cómo votaron tus tribunales</translation>
    </message>
    <message>
        <source>Worker at fault</source>
        <translation>Culpa del trabajador</translation>
    </message>
    <message>
        <source>Requester at fault</source>
        <translation>Culpa del solicitante</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Test items right</source>
        <translation>Elementos de control acertados</translation>
    </message>
    <message>
        <source>Estimated accuracy</source>
        <translation>Precisión estimada</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Your calibration as an arbiter</source>
        <translation>Tu calibración como árbitro</translation>
    </message>
    <message>
        <source>With the panel majority</source>
        <translation>Con la mayoría del tribunal</translation>
    </message>
    <message>
        <source>With gold keys</source>
        <translation>Con las soluciones de control</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>meets the bar</source>
        <translation>alcanza el listón</translation>
    </message>
    <message>
        <source>below the bar</source>
        <translation>por debajo del listón</translation>
    </message>
    <message>
        <source>unproven</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>for team tasks</source>
        <translation>por tareas de equipo</translation>
    </message>
</context>
<context>
    <name>Chrysalis::FeedbackPage</name>
    <message>
        <source>Feedback to review</source>
        <translation>Comentarios por revisar</translation>
    </message>
    <message>
        <source>No feedback is waiting for you. When a feedback worker has reviewed one of your tasks, it appears here.</source>
        <translation>No tienes comentarios pendientes. Cuando un trabajador revise una de tus tareas, aparecerán aquí.</translation>
    </message>
    <message>
        <source>Reframe proposals</source>
        <translation>Propuestas de replanteamiento</translation>
    </message>
    <message>
        <source>No worker has proposed a reframing of your tasks. When one does, it appears here.</source>
        <translation>Ningún trabajador ha propuesto replantear tus tareas. Cuando alguno lo haga, aparecerá aquí.</translation>
    </message>
    <message>
        <source>The feedback could not be read: %1</source>
        <translation>No se pudieron leer los comentarios: %1</translation>
    </message>
    <message>
        <source>Approved as it is</source>
        <translation>Aprobada tal cual</translation>
    </message>
    <message>
        <source>Changes suggested</source>
        <translation>Cambios sugeridos</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>Tarea sin título</translation>
    </message>
    <message>
        <source>The reframe proposals could not be read: %1</source>
        <translation>No se pudieron leer las propuestas de replanteamiento: %1</translation>
    </message>
    <message>
        <source>Adopted %1</source>
        <translation>Adoptada el %1</translation>
    </message>
    <message>
        <source>Declined %1</source>
        <translation>Rechazada el %1</translation>
    </message>
    <message>
        <source>Open · proposed by %1</source>
        <translation>Abierta · propuesta por %1</translation>
    </message>
    <message>
        <source>This feedback cannot be shown: %1</source>
        <translation>No se pueden mostrar estos comentarios: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>No se pudo guardar la decisión: %1</translation>
    </message>
    <message>
        <source>The task of this proposal is not on this computer yet; sync and try again.</source>
        <translation>La tarea de esta propuesta aún no está en este equipo; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This proposal cannot be shown: %1</source>
        <translation>No se puede mostrar esta propuesta: %1</translation>
    </message>
    <message>
        <source>Adopted as revision %1</source>
        <translation>Adoptada como revisión %1</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1 · changes taken: %2 of %3</source>
        <translation>%1 · cambios aceptados: %2 de %3</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Declined on %1</source>
        <translation>Rechazada el %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::FeedbackPreview</name>
    <message>
        <source>$%1</source>
        <translation>%1&#xa0;$</translation>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>opción única</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>opción múltiple</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>pairwise comparison</source>
        <translation>comparación por pares</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>span labels</source>
        <translation>etiquetas de fragmentos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>%1. %2 (%3%4)</source>
        <translation>%1. %2 (%3%4)</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, obligatorio</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Opciones: %1</translation>
    </message>
    <message>
        <source>Pay per answer: %1</source>
        <translation>Pago por respuesta: %1</translation>
    </message>
    <message>
        <source>Time per item: %1</source>
        <translation>Tiempo por elemento: %1</translation>
    </message>
    <message>
        <source>Answers per item: %1</source>
        <translation>Respuestas por elemento: %1</translation>
    </message>
    <message>
        <source>Minimum tier: %1</source>
        <translation>Nivel mínimo: %1</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Habilidades: %1</translation>
    </message>
    <message>
        <source>Content warnings: %1</source>
        <translation>Avisos de contenido: %1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>Integrada</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>Publish with accepted changes</source>
        <translation>Publicar con los cambios aceptados</translation>
    </message>
    <message>
        <source>Decline proposal</source>
        <translation>Rechazar propuesta</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Whole revision</source>
        <translation>Revisión completa</translation>
    </message>
    <message>
        <source>Sample answers</source>
        <translation>Respuestas de muestra</translation>
    </message>
    <message>
        <source>Merged revision</source>
        <translation>Revisión combinada</translation>
    </message>
    <message>
        <source>N / P: next or previous change    A / R: accept or reject it    Alt+Down / Alt+Up also move between changes</source>
        <translation>N / P: cambio siguiente o anterior    A / R: aceptarlo o rechazarlo    Alt+Abajo / Alt+Arriba también recorren los cambios</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>aprobar</translation>
    </message>
    <message>
        <source>changes suggested</source>
        <translation>cambios sugeridos</translation>
    </message>
    <message>
        <source>Implied pay: %1 an hour</source>
        <translation>Pago implícito: %1 por hora</translation>
    </message>
    <message>
        <source>Implied pay: %1 an hour, %2 at the suggested pay</source>
        <translation>Pago implícito: %1 por hora, %2 con el pago sugerido</translation>
    </message>
    <message>
        <source> (measured %1 per item)</source>
        <translation> (medido: %1 por elemento)</translation>
    </message>
    <message>
        <source>Reframe proposal by %1, compared with revision %2</source>
        <translation>Propuesta de replanteamiento de %1, comparada con la revisión %2</translation>
    </message>
    <message>
        <source>a worker</source>
        <translation>un trabajador</translation>
    </message>
    <message>
        <source>Why the worker proposes this</source>
        <translation>Por qué lo propone el trabajador</translation>
    </message>
    <message>
        <source>Adopt accepted changes</source>
        <translation>Adoptar los cambios aceptados</translation>
    </message>
    <message>
        <source>Decided %1 of %2, accepted %3</source>
        <translation>Decididos %1 de %2, aceptados %3</translation>
    </message>
    <message>
        <source> · changes not decided are left out</source>
        <translation> · los cambios sin decidir quedan fuera</translation>
    </message>
    <message>
        <source>Accept at least one change to adopt the proposal, or decline it.</source>
        <translation>Acepta al menos un cambio para adoptar la propuesta, o recházala.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>New field “%1”</source>
        <translation>Campo nuevo «%1»</translation>
    </message>
    <message>
        <source>Field “%1” removed</source>
        <translation>Campo «%1» eliminado</translation>
    </message>
    <message>
        <source>Field “%1”: answer key renamed</source>
        <translation>Campo «%1»: clave de respuesta renombrada</translation>
    </message>
    <message>
        <source>Field “%1”: kind of answer</source>
        <translation>Campo «%1»: tipo de respuesta</translation>
    </message>
    <message>
        <source>Field “%1”: label</source>
        <translation>Campo «%1»: etiqueta</translation>
    </message>
    <message>
        <source>Field “%1”: required or optional</source>
        <translation>Campo «%1»: obligatorio u opcional</translation>
    </message>
    <message>
        <source>Field “%1”: settings</source>
        <translation>Campo «%1»: ajustes</translation>
    </message>
    <message>
        <source>Order of the fields</source>
        <translation>Orden de los campos</translation>
    </message>
    <message>
        <source>Field “%1”: new option</source>
        <translation>Campo «%1»: opción nueva</translation>
    </message>
    <message>
        <source>Field “%1”: option removed</source>
        <translation>Campo «%1»: opción eliminada</translation>
    </message>
    <message>
        <source>Field “%1”: option label</source>
        <translation>Campo «%1»: etiqueta de la opción</translation>
    </message>
    <message>
        <source>Field “%1”: order of the options</source>
        <translation>Campo «%1»: orden de las opciones</translation>
    </message>
    <message>
        <source>Pay per answer</source>
        <translation>Pago por respuesta</translation>
    </message>
    <message>
        <source>Time per item</source>
        <translation>Tiempo por elemento</translation>
    </message>
    <message>
        <source>Answers per item</source>
        <translation>Respuestas por elemento</translation>
    </message>
    <message>
        <source>Minimum tier</source>
        <translation>Nivel mínimo</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Content warnings</source>
        <translation>Avisos de contenido</translation>
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
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The proposal changes nothing in the current revision.</source>
        <translation>La propuesta no cambia nada de la revisión actual.</translation>
    </message>
    <message>
        <source>The feedback worker suggests no changes.</source>
        <translation>El trabajador no sugiere ningún cambio.</translation>
    </message>
    <message>
        <source>Choose a feedback task to review.</source>
        <translation>Elige una tarea de comentarios para revisarla.</translation>
    </message>
    <message>
        <source>General comments</source>
        <translation>Comentarios generales</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>No comment</source>
        <translation>Sin comentario</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Answer form</source>
        <translation>Formulario de respuesta</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>No sample answers.</source>
        <translation>No hay respuestas de muestra.</translation>
    </message>
    <message>
        <source>Sample item %1</source>
        <translation>Elemento de muestra %1</translation>
    </message>
    <message>
        <source>answered in %1</source>
        <translation>respondido en %1</translation>
    </message>
    <message>
        <source>These decisions do not make a valid task.</source>
        <translation>Estas decisiones no dan una tarea válida.</translation>
    </message>
    <message>
        <source>Look again at: %1.</source>
        <translation>Revisa de nuevo: %1.</translation>
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
        <translation>lleva avisos de contenido que no has aceptado</translation>
    </message>
    <message>
        <source>feedback tasks take silver and gold workers</source>
        <translation>las tareas de comentarios son para trabajadores de plata y oro</translation>
    </message>
    <message>
        <source>it is your own task</source>
        <translation>es tu propia tarea</translation>
    </message>
    <message>
        <source>your account is suspended</source>
        <translation>tu cuenta está suspendida</translation>
    </message>
    <message>
        <source>Feedback tasks</source>
        <translation>Tareas de comentarios</translation>
    </message>
    <message>
        <source>No feedback task is open. When a caterpillar requester publishes a task, its feedback task appears here for silver and gold workers.</source>
        <translation>No hay ninguna tarea de comentarios abierta. Cuando un solicitante oruga publica una tarea, su tarea de comentarios aparece aquí para los trabajadores de plata y oro.</translation>
    </message>
    <message>
        <source>The requester sees your changes with your comments, your sample answers and the time they took you.</source>
        <translation>El solicitante ve tus cambios con tus comentarios, tus respuestas de muestra y el tiempo que te llevaron.</translation>
    </message>
    <message>
        <source>&amp;Submit feedback</source>
        <translation>&amp;Enviar comentarios</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Comentar tareas</translation>
    </message>
    <message>
        <source>Answer a caterpillar task&apos;s sample items as its instructions say, then mark up a copy of the task with a comment on each change. The requester sees your changes in a diff view and accepts or rejects each one.</source>
        <translation>Responde a los elementos de muestra de una tarea oruga tal como indican sus instrucciones y después marca en una copia de la tarea cada cambio con un comentario. El solicitante ve tus cambios en una vista de diferencias y acepta o rechaza cada uno.</translation>
    </message>
    <message>
        <source>The feedback tasks could not be read: %1</source>
        <translation>No se pudieron leer las tareas de comentarios: %1</translation>
    </message>
    <message>
        <source>pays %1</source>
        <translation>paga %1</translation>
    </message>
    <message>
        <source>not for you: %1</source>
        <translation>no es para ti: %1</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>Tarea sin título</translation>
    </message>
    <message>
        <source>Nothing to give feedback on right now.</source>
        <translation>Ahora mismo no hay nada que comentar.</translation>
    </message>
    <message>
        <source>Choose a feedback task on the left.</source>
        <translation>Elige una tarea de comentarios a la izquierda.</translation>
    </message>
    <message>
        <source>This feedback task cannot be shown: %1</source>
        <translation>No se puede mostrar esta tarea de comentarios: %1</translation>
    </message>
    <message>
        <source>Feedback on “%1”</source>
        <translation>Comentarios sobre «%1»</translation>
    </message>
    <message>
        <source>Answer the sample items exactly as the instructions say, then edit a copy of the task where workers would stumble. Pays %1.</source>
        <translation>Responde a los elementos de muestra exactamente como dicen las instrucciones y después edita una copia de la tarea donde los trabajadores tropezarían. Paga %1.</translation>
    </message>
    <message>
        <source>The marketplace said you may not take this feedback task: %1.</source>
        <translation>El mercado indica que no puedes tomar esta tarea de comentarios: %1.</translation>
    </message>
    <message>
        <source>Answer saved. %1 of %2 sample items answered.</source>
        <translation>Respuesta guardada. %1 de %2 elementos de muestra respondidos.</translation>
    </message>
    <message>
        <source>All sample items answered. Now mark up the task: change what confused you and say why beside each change.</source>
        <translation>Todos los elementos de muestra respondidos. Ahora marca la tarea: cambia lo que te confundió y explica el motivo junto a cada cambio.</translation>
    </message>
    <message>
        <source>1  Answer the samples (%1 of %2 done)</source>
        <translation>1  Responde a las muestras (%1 de %2 hechas)</translation>
    </message>
    <message>
        <source>2  Mark up the task</source>
        <translation>2  Marca la tarea</translation>
    </message>
    <message>
        <source>Answer all %1 sample items before you submit; %2 done so far.</source>
        <translation>Responde a los %1 elementos de muestra antes de enviar; llevas %2.</translation>
    </message>
    <message>
        <source>The marked-up task is not valid yet: %1</source>
        <translation>La tarea marcada aún no es válida: %1</translation>
    </message>
    <message>
        <source>The feedback could not be queued: %1</source>
        <translation>No se pudieron poner en cola los comentarios: %1</translation>
    </message>
    <message>
        <source>Feedback submitted; sending it to the marketplace.</source>
        <translation>Comentarios enviados; se están mandando al mercado.</translation>
    </message>
    <message>
        <source>Feedback saved here; it goes to the marketplace when you are online.</source>
        <translation>Comentarios guardados aquí; llegarán al mercado cuando tengas conexión.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::FormBuilder</name>
    <message>
        <source>Single choice</source>
        <translation>Opción única</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Pairwise comparison</source>
        <translation>Comparación por pares</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Answer fields</source>
        <translation>Campos de respuesta</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
    <message>
        <source>Selected field</source>
        <translation>Campo seleccionado</translation>
    </message>
    <message>
        <source>a-z, 0-9 and _</source>
        <translation>a-z, 0-9 y _</translation>
    </message>
    <message>
        <source>An answer must fill this field</source>
        <translation>Una respuesta debe rellenar este campo</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>the item key holding the text</source>
        <translation>la clave del elemento que contiene el texto</translation>
    </message>
    <message>
        <source>Source &amp;key</source>
        <translation>&amp;Clave de origen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Añadir opción</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Quitar opción</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>sin mínimo</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Shortest (characters)</source>
        <translation>Mínimo (caracteres)</translation>
    </message>
    <message>
        <source>Longest (characters)</source>
        <translation>Máximo (caracteres)</translation>
    </message>
    <message>
        <source>Span labels, one per line:</source>
        <translation>Etiquetas de fragmentos, una por línea:</translation>
    </message>
    <message>
        <source>This kind has no further settings.</source>
        <translation>Este tipo no tiene más ajustes.</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opción %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::GoldContests</name>
    <message>
        <source>%1 · not yet synced</source>
        <translation>%1 · aún sin sincronizar</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Desestimada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Workers whose answer was scored wrong on a test item may say the expected answer is wrong. Uphold a contest to make the key accept their answer too (every answer to the item is scored again), or dismiss it to let the score stand.</source>
        <translation>Los trabajadores cuya respuesta a un elemento de control se puntuó como incorrecta pueden alegar que la respuesta esperada es errónea. Acepta una impugnación para que la solución admita también su respuesta (se vuelven a puntuar todas las respuestas al elemento), o desestímala para que la puntuación se mantenga.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Contested answer</source>
        <translation>Respuesta impugnada</translation>
    </message>
    <message>
        <source>Worker&apos;s reason</source>
        <translation>Motivo del trabajador</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Gold contests</source>
        <translation>Impugnaciones de control</translation>
    </message>
    <message>
        <source>A note to the worker (optional)</source>
        <translation>Una nota para el trabajador (opcional)</translation>
    </message>
    <message>
        <source>&amp;Uphold</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Correct the key to accept this answer and score every answer to the item again</source>
        <translation>Corregir la solución para que acepte esta respuesta y volver a puntuar todas las respuestas al elemento</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Desestimar</translation>
    </message>
    <message>
        <source>Keep the key; the score stands</source>
        <translation>Mantener la solución; la puntuación no cambia</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Tu nota: %1</translation>
    </message>
    <message>
        <source>Could not queue the decision: %1</source>
        <translation>No se pudo poner en cola la decisión: %1</translation>
    </message>
    <message>
        <source>This contest is not open.</source>
        <translation>Esta impugnación no está abierta.</translation>
    </message>
    <message>
        <source>Upheld; the key is corrected once the marketplace has it.</source>
        <translation>Aceptada; la solución se corregirá cuando la decisión llegue al mercado.</translation>
    </message>
    <message>
        <source>Dismissed; the worker is told with the next sync.</source>
        <translation>Desestimada; el trabajador lo sabrá con la próxima sincronización.</translation>
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
        <translation>aún no hay respuestas de control puntuadas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln right</source>
        <translation>
            <numerusform>%1 de %Ln acertada</numerusform>
            <numerusform>%1 de %Ln acertadas</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
    <message>
        <source>not estimated yet</source>
        <translation>aún sin estimar</translation>
    </message>
    <message>
        <source>Meets the bar: your accuracy on test items is high enough for promotion.</source>
        <translation>Alcanza el listón: tu precisión en los elementos de control es suficiente para ascender.</translation>
    </message>
    <message>
        <source>Below the bar: even at best your accuracy on test items is under the pass mark, so promotion waits until it improves.</source>
        <translation>Por debajo del listón: incluso en el mejor caso, tu precisión en los elementos de control no llega a la nota mínima, así que el ascenso tendrá que esperar a que mejore.</translation>
    </message>
    <message numerus="yes">
        <source>Unproven: too few test answers to judge yet; %Ln more scored answer(s) needed. Until then nothing is held against you.</source>
        <translation>
            <numerusform>Sin evaluar: aún hay muy pocas respuestas de control para juzgar; falta %Ln respuesta puntuada más. Hasta entonces, nada cuenta en tu contra.</numerusform>
            <numerusform>Sin evaluar: aún hay muy pocas respuestas de control para juzgar; faltan %Ln respuestas puntuadas más. Hasta entonces, nada cuenta en tu contra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::ItemImport</name>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>no es JSON válido (%1 en la columna %2)</translation>
    </message>
    <message>
        <source>the file holds no items</source>
        <translation>el archivo no contiene elementos</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>the file holds no header row and no items</source>
        <translation>el archivo no tiene fila de encabezado ni elementos</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>la columna %1 del encabezado no tiene nombre</translation>
    </message>
    <message>
        <source>the header names &quot;%1&quot; twice</source>
        <translation>el encabezado nombra &quot;%1&quot; dos veces</translation>
    </message>
    <message>
        <source>column %1 of the header holds text the marketplace cannot store</source>
        <translation>la columna %1 del encabezado contiene texto que el mercado no puede guardar</translation>
    </message>
    <message>
        <source>1 cell but the header has %1</source>
        <translation>1 celda, pero el encabezado tiene %1</translation>
    </message>
    <message>
        <source>%1 cells but the header has %2</source>
        <translation>%1 celdas, pero el encabezado tiene %2</translation>
    </message>
    <message>
        <source>the file has a header row but no items</source>
        <translation>el archivo tiene fila de encabezado pero ningún elemento</translation>
    </message>
    <message>
        <source>%1 is neither a JSONL nor a CSV file (.jsonl, .ndjson, .json, .csv, .tsv)</source>
        <translation>%1 no es un archivo JSONL ni CSV (.jsonl, .ndjson, .json, .csv, .tsv)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>&quot;gold&quot; must be an object of expected answer fields</source>
        <translation>&quot;gold&quot; debe ser un objeto con los campos de la respuesta esperada</translation>
    </message>
    <message>
        <source>&quot;training&quot; must be true or false</source>
        <translation>&quot;training&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>a training item needs its expected answer (gold)</source>
        <translation>un elemento de práctica necesita su respuesta esperada (gold)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <translation>(y 1 problema más)</translation>
    </message>
    <message>
        <source>(and %1 more problems)</source>
        <translation>(y %1 problemas más)</translation>
    </message>
    <message>
        <source>holds text the marketplace cannot store (a NUL character, a noncharacter or a lone surrogate)</source>
        <translation>contiene texto que el mercado no puede guardar (un carácter NUL, un no-carácter o un sustituto suelto)</translation>
    </message>
    <message>
        <source>the item is %1 bytes; an item may have at most %2</source>
        <translation>el elemento ocupa %1 bytes; un elemento puede ocupar como máximo %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes; an item file may have at most %2</source>
        <translation>el archivo ocupa %1 bytes; un archivo de elementos puede ocupar como máximo %2</translation>
    </message>
    <message>
        <source>the file has more than %1 items, the most one task may hold</source>
        <translation>el archivo tiene más de %1 elementos, el máximo que admite una tarea</translation>
    </message>
</context>
<context>
    <name>Chrysalis::KeyboardSection</name>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Pick a row, then press the new keys. Menus, tooltips and the cheat sheet (F1) show the keys you choose.</source>
        <translation>Elige una fila y pulsa las teclas nuevas. Los menús, las descripciones emergentes y la lista de atajos (F1) muestran las teclas que elijas.</translation>
    </message>
    <message>
        <source>Filter by action, page or keys</source>
        <translation>Filtrar por acción, página o teclas</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>New keys</source>
        <translation>Teclas nuevas</translation>
    </message>
    <message>
        <source>Press the new keys; they take effect when you apply.</source>
        <translation>Pulsa las teclas nuevas; surten efecto al aplicar los cambios.</translation>
    </message>
    <message>
        <source>&amp;No key</source>
        <translation>&amp;Sin tecla</translation>
    </message>
    <message>
        <source>Leave this action without a key</source>
        <translation>Dejar esta acción sin tecla</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Give this action its original keys back</source>
        <translation>Devolver a esta acción sus teclas originales</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>Restablecer t&amp;odo</translation>
    </message>
    <message>
        <source>Give every action its original keys back</source>
        <translation>Devolver a todas las acciones sus teclas originales</translation>
    </message>
    <message>
        <source>Shortcut message</source>
        <translation>Mensaje de atajos</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Teclas:</translation>
    </message>
    <message>
        <source>Sign in to see and change the shortcuts of the main window.</source>
        <translation>Inicia sesión para ver y cambiar los atajos de la ventana principal.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Changed; originally %1</source>
        <translation>Modificado; original: %1</translation>
    </message>
    <message>
        <source>Pick an action to change its keys.</source>
        <translation>Elige una acción para cambiar sus teclas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), now: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), ahora: %3</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin tecla</translation>
    </message>
    <message>
        <source>Pick an action first.</source>
        <translation>Primero elige una acción.</translation>
    </message>
    <message>
        <source>%1 is already the key of “%2” (%3). Choose other keys, or change that one first.</source>
        <translation>%1 ya es la tecla de «%2» (%3). Elige otras teclas o cambia primero esa acción.</translation>
    </message>
    <message>
        <source>The action has no key now.</source>
        <translation>La acción ya no tiene tecla.</translation>
    </message>
    <message>
        <source>%1 it is. Press OK or Apply to use it.</source>
        <translation>Será %1. Pulsa Aceptar o Aplicar para usarla.</translation>
    </message>
    <message>
        <source>Its original keys now belong to “%1” (%2); change that one first.</source>
        <translation>Sus teclas originales pertenecen ahora a «%1» (%2); cambia primero esa acción.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LabelStudio</name>
    <message>
        <source>the template&apos;s config: value has no closing quote</source>
        <translation>al valor config: de la plantilla le falta la comilla de cierre</translation>
    </message>
    <message>
        <source>neither a labeling config (XML starting with &lt;) nor a template with a config: key</source>
        <translation>no es ni una configuración de etiquetado (XML que empieza por &lt;) ni una plantilla con una clave config:</translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <translation>(y 1 problema más)</translation>
    </message>
    <message>
        <source>(and %1 more problems)</source>
        <translation>(y %1 problemas más)</translation>
    </message>
    <message>
        <source>must be a number or a string</source>
        <translation>debe ser un número o una cadena</translation>
    </message>
    <message>
        <source>must be a user id, a name or a user object</source>
        <translation>debe ser un id de usuario, un nombre o un objeto de usuario</translation>
    </message>
    <message>
        <source>must be a date and time (a string)</source>
        <translation>debe ser una fecha y hora (una cadena)</translation>
    </message>
    <message>
        <source>must be a number of seconds</source>
        <translation>debe ser un número de segundos</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>holds %1 results; at most %2 are read</source>
        <translation>contiene %1 resultados; se leen como máximo %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be the result type (a string)</source>
        <translation>debe ser el tipo de resultado (una cadena)</translation>
    </message>
    <message>
        <source>must be the name of a control (a string)</source>
        <translation>debe ser el nombre de un control (una cadena)</translation>
    </message>
    <message>
        <source>must be a list of results</source>
        <translation>debe ser una lista de resultados</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>holds %1 entries; a task may have at most %2</source>
        <translation>contiene %1 entradas; una tarea puede tener como máximo %2</translation>
    </message>
    <message>
        <source>must be a task object</source>
        <translation>debe ser un objeto de tarea</translation>
    </message>
    <message>
        <source>must be an object of item data</source>
        <translation>debe ser un objeto con datos del elemento</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>línea %1: %2: %3</translation>
    </message>
    <message>
        <source>line %1: the labeling config declares a DTD; entities are not accepted</source>
        <translation>línea %1: la configuración de etiquetado declara un DTD; no se admiten entidades</translation>
    </message>
    <message>
        <source>line %1: the labeling config uses an entity (&amp;%2;), which is not accepted</source>
        <translation>línea %1: la configuración de etiquetado usa una entidad (&amp;%2;), que no se admite</translation>
    </message>
    <message>
        <source>line %1: the labeling config nests deeper than %2</source>
        <translation>línea %1: la configuración de etiquetado tiene un anidamiento de más de %2 niveles</translation>
    </message>
    <message>
        <source>the labeling config has more than %1 tags</source>
        <translation>la configuración de etiquetado tiene más de %1 etiquetas</translation>
    </message>
    <message>
        <source>an object Chrysalis cannot show</source>
        <translation>un objeto que Chrysalis no puede mostrar</translation>
    </message>
    <message>
        <source>a tag with no counterpart in Chrysalis forms</source>
        <translation>una etiqueta sin equivalente en los formularios de Chrysalis</translation>
    </message>
    <message>
        <source>line %1, column %2: the labeling config is not well-formed XML (%3)</source>
        <translation>línea %1, columna %2: la configuración de etiquetado no es XML bien formado (%3)</translation>
    </message>
    <message>
        <source>the labeling config has no tags</source>
        <translation>la configuración de etiquetado no tiene etiquetas</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>no tiene nombre</translation>
    </message>
    <message>
        <source>asks for one answer per region, which Chrysalis forms do not have</source>
        <translation>pide una respuesta por región, algo que los formularios de Chrysalis no tienen</translation>
    </message>
    <message>
        <source>takes its choices from the item data, which Chrysalis forms cannot</source>
        <translation>toma sus opciones de los datos del elemento, algo que los formularios de Chrysalis no pueden hacer</translation>
    </message>
    <message>
        <source>has fewer than 2 choices</source>
        <translation>tiene menos de 2 opciones</translation>
    </message>
    <message>
        <source>has a maxRating that is not a whole number from 2 to %1</source>
        <translation>tiene un maxRating que no es un número entero de 2 a %1</translation>
    </message>
    <message>
        <source>labels something other than one Text bound to item data ($key)</source>
        <translation>etiqueta algo distinto de un único Text vinculado a los datos del elemento ($key)</translation>
    </message>
    <message>
        <source>has no labels</source>
        <translation>no tiene etiquetas</translation>
    </message>
    <message>
        <source>does not compare exactly two objects</source>
        <translation>no compara exactamente dos objetos</translation>
    </message>
    <message>
        <source>the labeling config has %1 characters; at most %2 are read</source>
        <translation>la configuración de etiquetado tiene %1 caracteres; se leen como máximo %2</translation>
    </message>
    <message>
        <source>Label Studio has no control for the correction field &quot;%1&quot;</source>
        <translation>Label Studio no tiene ningún control para el campo de corrección &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Label Studio ratings start at 1, the rating field &quot;%1&quot; at %2</source>
        <translation>las valoraciones de Label Studio empiezan en 1; el campo de valoración &quot;%1&quot;, en %2</translation>
    </message>
    <message>
        <source>the pairwise field &quot;%1&quot; compares the last two shown keys, but fewer are shown</source>
        <translation>el campo de pares &quot;%1&quot; compara las dos últimas claves mostradas, pero se muestran menos</translation>
    </message>
    <message>
        <source>a Label Studio config must show at least one key of the item data</source>
        <translation>una configuración de Label Studio debe mostrar al menos una clave de los datos del elemento</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>the labeling config has tags Chrysalis cannot take: %1</source>
        <translation>la configuración de etiquetado tiene etiquetas que Chrysalis no admite: %1</translation>
    </message>
    <message>
        <source>the labeling config has no control Chrysalis can take</source>
        <translation>la configuración de etiquetado no tiene ningún control que Chrysalis admita</translation>
    </message>
    <message>
        <source>relations have no counterpart in Chrysalis answers</source>
        <translation>las relaciones no tienen equivalente en las respuestas de Chrysalis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a control of this config</source>
        <translation>&quot;%1&quot; no es un control de esta configuración</translation>
    </message>
    <message>
        <source>a %1 result for the %2 control &quot;%3&quot;</source>
        <translation>un resultado %1 para el control %2 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 choices for the single choice &quot;%2&quot;</source>
        <translation>%1 opciones para la opción única &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither left nor right</source>
        <translation>&quot;%1&quot; no es ni izquierda ni derecha</translation>
    </message>
    <message>
        <source>a span without whole-number start and end</source>
        <translation>un fragmento sin inicio y fin enteros</translation>
    </message>
    <message>
        <source>the span %1–%2 quotes &quot;%3&quot;, which is not the text there</source>
        <translation>el fragmento %1–%2 cita &quot;%3&quot;, que no es el texto de esa posición</translation>
    </message>
    <message>
        <source>the span %1–%2 lies outside the text</source>
        <translation>el fragmento %1–%2 queda fuera del texto</translation>
    </message>
    <message>
        <source>a %1 result has no counterpart in Chrysalis answers</source>
        <translation>un resultado %1 no tiene equivalente en las respuestas de Chrysalis</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a task file may have at most %2</source>
        <translation>el archivo ocupa %1 bytes; un archivo de tareas puede ocupar como máximo %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: no es JSON válido (%2)</translation>
    </message>
    <message>
        <source>the file has more than %1 tasks, the most one task may hold as items</source>
        <translation>el archivo tiene más de %1 tareas, el máximo de elementos que admite una tarea</translation>
    </message>
    <message>
        <source>the file holds no tasks</source>
        <translation>el archivo no contiene tareas</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of menus and messages. Dates, numbers and amounts of money are written the way this language writes them.</source>
        <translation>El idioma de los menús y los mensajes. Las fechas, los números y las cantidades de dinero se escriben según las convenciones de este idioma.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Example of dates and numbers</source>
        <translation>Ejemplo de fechas y números</translation>
    </message>
    <message>
        <source>Chrysalis changes its language the next time it starts.</source>
        <translation>Chrysalis cambiará de idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Looks like:</source>
        <translation>Así se ve:</translation>
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
            <numerusform>%1 de 10 (%n valoración)</numerusform>
            <numerusform>%1 de 10 (%n valoraciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden under the privacy rule</source>
        <translation>oculto por la regla de privacidad</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Rating by workers</source>
        <translation>Valoración de los trabajadores</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LeaderboardPage</name>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>No requester has reached butterfly standing yet, so the leaderboard is empty.</source>
        <translation>Ningún solicitante ha alcanzado aún la categoría de mariposa, así que la clasificación está vacía.</translation>
    </message>
    <message>
        <source>Requesters</source>
        <translation>Solicitantes</translation>
    </message>
    <message>
        <source>Your standing</source>
        <translation>Tu categoría</translation>
    </message>
    <message>
        <source>What earned and cost you points</source>
        <translation>Qué te dio y qué te quitó puntos</translation>
    </message>
    <message>
        <source>Workers who opt in are ranked among their tier under their pseudonym: by approved answers, and by how often their panel votes agreed with the outcome (from 5 votes on closed panels). The boards refresh every half minute.</source>
        <translation>Los trabajadores que lo deseen aparecen clasificados dentro de su nivel con su seudónimo: por respuestas aprobadas y por la frecuencia con que sus votos en tribunales coincidieron con el resultado (a partir de 5 votos en tribunales cerrados). Las clasificaciones se actualizan cada medio minuto.</translation>
    </message>
    <message>
        <source>Show me on the worker boards of my tier, under my pseudonym</source>
        <translation>Mostrarme en las clasificaciones de trabajadores de mi nivel, con mi seudónimo</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Ranked by:</source>
        <translation>Ordenar por:</translation>
    </message>
    <message>
        <source>Approved answers</source>
        <translation>Respuestas aprobadas</translation>
    </message>
    <message>
        <source>Agreement with panel outcomes</source>
        <translation>Acuerdo con los resultados de los tribunales</translation>
    </message>
    <message>
        <source>Worker boards</source>
        <translation>Clasificaciones de trabajadores</translation>
    </message>
    <message>
        <source>Butterfly requesters, the top %1 by points. Workers rate tasks privately; a requester&apos;s rating is shown only as an aggregate, once at least %2 ratings are in, and it is refreshed only after %3 more.</source>
        <translation>Solicitantes mariposa, los %1 primeros por puntos. Los trabajadores valoran las tareas en privado; la valoración de un solicitante solo se muestra en conjunto, cuando hay al menos %2 valoraciones, y solo se actualiza tras %3 más.</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>puesto %1</translation>
    </message>
    <message>
        <source>not ranked (butterflies only)</source>
        <translation>sin clasificar (solo mariposas)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 10 from %n rating(s)</source>
        <translation>
            <numerusform>%1 de 10 con %n valoración</numerusform>
            <numerusform>%1 de 10 con %n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not published yet (%n rating(s) so far)</source>
        <translation>
            <numerusform>aún sin publicar (%n valoración hasta ahora)</numerusform>
            <numerusform>aún sin publicar (%n valoraciones hasta ahora)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 points · %4 · rating: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 puntos · %4 · valoración: %5</translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation>Mariposa</translation>
    </message>
    <message>
        <source>Caterpillar</source>
        <translation>Oruga</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>You keep butterfly standing while you hold at least %1 points (%2 to spare). Approved tasks without changes add points; ratings of your butterfly tasks add rating − %3 each, booked in batches so no single rating shows; a lost conflict costs points.</source>
        <translation>Conservas la categoría de mariposa mientras tengas al menos %1 puntos (te sobran %2). Las tareas aprobadas sin cambios suman puntos; las valoraciones de tus tareas mariposa suman valoración − %3 cada una, anotadas por lotes para que no se vea ninguna valoración suelta; un conflicto perdido resta puntos.</translation>
    </message>
    <message>
        <source>%1 of %2 points to butterfly</source>
        <translation>%1 de %2 puntos para ser mariposa</translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s) to butterfly standing. A task approved without changes in feedback adds points; a conflict you lose costs points.</source>
        <translation>
            <numerusform>Te falta %n punto para ser mariposa. Una tarea aprobada sin cambios en los comentarios suma puntos; un conflicto que pierdas resta puntos.</numerusform>
            <numerusform>Te faltan %n puntos para ser mariposa. Una tarea aprobada sin cambios en los comentarios suma puntos; un conflicto que pierdas resta puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No worker of this tier who opted in has voted on 5 closed panels yet.</source>
        <translation>Ningún trabajador de este nivel que haya aceptado aparecer ha votado todavía en 5 tribunales cerrados.</translation>
    </message>
    <message>
        <source>No worker of this tier who opted in has an approved answer yet.</source>
        <translation>Ningún trabajador de este nivel que haya aceptado aparecer tiene aún una respuesta aprobada.</translation>
    </message>
    <message>
        <source>Your points have not moved yet. A task approved without changes in feedback, batches of ratings of your butterfly tasks and lost conflicts will show here.</source>
        <translation>Tus puntos aún no se han movido. Aquí aparecerán las tareas aprobadas sin cambios en los comentarios, los lotes de valoraciones de tus tareas mariposa y los conflictos perdidos.</translation>
    </message>
    <message>
        <source>How workers rated your tasks shows here once at least %1 ratings are in, as a whole: no single rating is ever shown, and the chart changes only after %2 more.</source>
        <translation>Cuando haya al menos %1 valoraciones, aquí verás en conjunto cómo valoraron tus tareas los trabajadores: nunca se muestra una valoración suelta, y el gráfico solo cambia tras %2 más.</translation>
    </message>
    <message>
        <source>How workers rated your tasks</source>
        <translation>Cómo valoraron tus tareas los trabajadores</translation>
    </message>
    <message>
        <source>Rating (0 to 10)</source>
        <translation>Valoración (0 a 10)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LeaseModel</name>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>quedan %1:%2</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>quedan %1 h %2 min</translation>
    </message>
    <message>
        <source>(task not synced yet)</source>
        <translation>(tarea aún sin sincronizar)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LocalMarketplace</name>
    <message>
        <source>The local marketplace did not start in time.
%1</source>
        <translation>El mercado local no arrancó a tiempo.
%1</translation>
    </message>
    <message>
        <source>Cannot run the local marketplace %1: %2</source>
        <translation>No se puede ejecutar el mercado local %1: %2</translation>
    </message>
    <message>
        <source>The local marketplace stopped (exit code %1).
%2</source>
        <translation>El mercado local se detuvo (código de salida %1).
%2</translation>
    </message>
    <message>
        <source>The local marketplace is already running.</source>
        <translation>El mercado local ya está en marcha.</translation>
    </message>
    <message>
        <source>The local marketplace program %1 is missing; reinstall Chrysalis.</source>
        <translation>Falta el programa del mercado local %1; reinstala Chrysalis.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::LocalStore</name>
    <message>
        <source>the local database %1 is in use by another program (%2, process %3 on %4); close it first</source>
        <translation>otro programa está usando la base de datos local %1 (%2, proceso %3 en %4); ciérralo primero</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>cannot create the lock file %1.lock (no permission?)</source>
        <translation>no se puede crear el archivo de bloqueo %1.lock (¿faltan permisos?)</translation>
    </message>
    <message>
        <source>the local database %1 belongs to the server %2, not %3</source>
        <translation>la base de datos local %1 pertenece al servidor %2, no a %3</translation>
    </message>
    <message>
        <source>only a marketplace on this computer can move to a new address</source>
        <translation>solo un mercado de este equipo puede cambiar de dirección</translation>
    </message>
    <message>
        <source>the local database %1 belongs to the server %2</source>
        <translation>la base de datos local %1 pertenece al servidor %2</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Cambios pendientes de sincronizar</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>Sincronizar ahora (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>S&amp;witch account…</source>
        <translation>&amp;Cambiar de cuenta…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>The marketplace no longer accepts your sign-in. Your work is kept; sign in again with File → Switch account.</source>
        <translation>El mercado ya no acepta tu inicio de sesión. Tu trabajo se conserva; vuelve a iniciar sesión con Archivo → Cambiar de cuenta.</translation>
    </message>
    <message>
        <source>Task queue</source>
        <translation>Cola de tareas</translation>
    </message>
    <message>
        <source>Answer items</source>
        <translation>Responder elementos</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Mi trabajo</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Comentar tareas</translation>
    </message>
    <message>
        <source>Fair work</source>
        <translation>Trabajo justo</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mis tareas</translation>
    </message>
    <message>
        <source>Review answers</source>
        <translation>Revisar respuestas</translation>
    </message>
    <message>
        <source>Task feedback</source>
        <translation>Comentarios recibidos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Profile and tier</source>
        <translation>Perfil y nivel</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>TRABAJO</translation>
    </message>
    <message>
        <source>ARBITRATION</source>
        <translation>ARBITRAJE</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>SOLICITUDES</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>local demo marketplace</source>
        <translation>mercado local de demostración</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) en %3</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Sin conexión</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Todos los cambios sincronizados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln cambio pendiente de sincronizar</numerusform>
            <numerusform>%Ln cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Sincronizado hace %n min</numerusform>
            <numerusform>Sincronizado hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %Ln change(s)</source>
        <translation>
            <numerusform>Recibiendo: %Ln cambio</numerusform>
            <numerusform>Recibiendo: %Ln cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending: %Ln change(s)</source>
        <translation>
            <numerusform>Enviando: %Ln cambio</numerusform>
            <numerusform>Enviando: %Ln cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync did not finish: %1</source>
        <translation>La sincronización no terminó: %1</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Caterpillar</source>
        <translation>Oruga</translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation>Mariposa</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>&amp;Visita guiada</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide could not be opened: %1</source>
        <translation>No se pudo abrir la guía del usuario: %1</translation>
    </message>
    <message>
        <source>Flash teams</source>
        <translation>Equipos relámpago</translation>
    </message>
    <message>
        <source>Team tasks</source>
        <translation>Tareas de equipo</translation>
    </message>
</context>
<context>
    <name>Chrysalis::MarkupEditor</name>
    <message>
        <source>T&amp;itle</source>
        <translation>Títul&amp;o</translation>
    </message>
    <message>
        <source> ¢ per answer</source>
        <translation> ¢ por respuesta</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Pago</translation>
    </message>
    <message>
        <source> s per item</source>
        <translation> s por elemento</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>Estima&amp;ción</translation>
    </message>
    <message>
        <source>I&amp;nstructions (Markdown)</source>
        <translation>Inst&amp;rucciones (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <source>Answer &amp;form</source>
        <translation>&amp;Formulario de respuesta</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>&amp;Approve the task as it is</source>
        <translation>&amp;Aprobar la tarea tal como está</translation>
    </message>
    <message>
        <source>Suggest these &amp;changes</source>
        <translation>Sugerir estos &amp;cambios</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Tus cambios</translation>
    </message>
    <message>
        <source>Your changes: 1 change</source>
        <translation>Tus cambios: 1 cambio</translation>
    </message>
    <message>
        <source>Your changes: %1 changes</source>
        <translation>Tus cambios: %1 cambios</translation>
    </message>
    <message>
        <source>No changes yet. Edit the task on the left where workers would stumble; each change appears here for a comment to the requester.</source>
        <translation>Aún no hay cambios. Edita la tarea de la izquierda donde los trabajadores tropezarían; cada cambio aparece aquí para que lo comentes al solicitante.</translation>
    </message>
    <message>
        <source>Comment for the requester: why this change?</source>
        <translation>Comentario para el solicitante: ¿por qué este cambio?</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Comentario sobre %1</translation>
    </message>
    <message>
        <source>You changed the task, so you suggest changes. Undo every change to approve it as it is.</source>
        <translation>Has cambiado la tarea, así que sugieres cambios. Deshaz todos los cambios para aprobarla tal como está.</translation>
    </message>
    <message>
        <source>Approve when the task needs no change; the requester gains standing.</source>
        <translation>Aprueba cuando la tarea no necesite cambios; el solicitante gana reputación.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::Money</name>
    <message>
        <source>$%1</source>
        <translation>%1&#xa0;$</translation>
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
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Your work</source>
        <translation>Tu trabajo</translation>
    </message>
    <message>
        <source>Your tasks</source>
        <translation>Tus tareas</translation>
    </message>
    <message>
        <source>Ledger lines on your books</source>
        <translation>Asientos del libro contable en tus cuentas</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Your account is suspended.</source>
        <translation>Tu cuenta está suspendida.</translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation>No se registró ningún motivo.</translation>
    </message>
    <message>
        <source>Mistake pay in the last %1 days: %2, over the allowance of %3. You get no new work; work you already hold still settles. An administrator can reinstate you.</source>
        <translation>Pago por errores en los últimos %1 días: %2, por encima del margen de %3. No recibes trabajo nuevo; el que ya tienes se sigue liquidando. Un administrador puede restablecer tu cuenta.</translation>
    </message>
    <message>
        <source>Request payout of %1</source>
        <translation>Solicitar cobro de %1</translation>
    </message>
    <message>
        <source>Request payout</source>
        <translation>Solicitar cobro</translation>
    </message>
    <message>
        <source>You can be paid out %1 now.</source>
        <translation>Ya puedes cobrar %1.</translation>
    </message>
    <message>
        <source>Payouts open once %1 of earnings is available; you have %2.</source>
        <translation>Los cobros se abren cuando hay %1 de ganancias disponibles; tienes %2.</translation>
    </message>
    <message>
        <source>Requested and waiting for an administrator to pay: %1.</source>
        <translation>Solicitado, a la espera de que un administrador pague: %1.</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>%1 requested</source>
        <translation>%1 solicitado</translation>
    </message>
    <message>
        <source>from %1 of earnings</source>
        <translation>a partir de %1 de ganancias</translation>
    </message>
    <message>
        <source>Pay earned in the last %1 days</source>
        <translation>Pago ganado en los últimos %1 días</translation>
    </message>
    <message>
        <source>Mistake pay in the last %1 days</source>
        <translation>Pago por errores en los últimos %1 días</translation>
    </message>
    <message>
        <source>%1 of %2 allowance used</source>
        <translation>%1 de %2 del margen usado</translation>
    </message>
    <message>
        <source>Mistake pay is what the platform covers when a panel finds a rejected answer was your fault; you are paid in full either way. Over a rolling %1 days it may reach the larger of %2 of the payout threshold (%3) and %4 of the pay you earned in the window (%5): %6. Going over suspends the account.</source>
        <translation>El pago por errores es lo que cubre la plataforma cuando un tribunal concluye que una respuesta rechazada fue culpa tuya; cobras el importe completo en cualquier caso. En un periodo móvil de %1 días puede llegar al mayor de estos valores: %2 del umbral de cobro (%3) o %4 del pago que ganaste en ese periodo (%5): %6. Superarlo suspende la cuenta.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>In escrow for open answer slots</source>
        <translation>En depósito para huecos de respuesta abiertos</translation>
    </message>
    <message>
        <source>Charged for approved answers</source>
        <translation>Cargado por respuestas aprobadas</translation>
    </message>
    <message>
        <source>Charged by panels (share at fault and fees)</source>
        <translation>Cargado por tribunales (parte de culpa y tasas)</translation>
    </message>
    <message>
        <source>Publishing holds pay plus the fee for every answer slot in escrow; approvals and panel settlements charge it, and the rest comes back to the balance.</source>
        <translation>Al publicar se retiene en depósito el pago más la tasa de cada hueco de respuesta; las aprobaciones y las resoluciones de tribunales se cargan de ahí y el resto vuelve al saldo.</translation>
    </message>
    <message>
        <source>The payout request could not be saved: %1</source>
        <translation>No se pudo guardar la solicitud de cobro: %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::MyWorkModel</name>
    <message>
        <source>Waiting to sync</source>
        <translation>Pendiente de sincronizar</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Rechazada por el servidor</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>(task not synced yet)</source>
        <translation>(tarea aún sin sincronizar)</translation>
    </message>
    <message>
        <source>(unknown task)</source>
        <translation>(tarea desconocida)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Contest waiting to sync</source>
        <translation>Impugnación pendiente de sincronizar</translation>
    </message>
    <message>
        <source>Contested; the requester decides</source>
        <translation>Impugnada; decide el solicitante</translation>
    </message>
    <message>
        <source>Contest upheld: the key now accepts your answer</source>
        <translation>Impugnación aceptada: la solución ya acepta tu respuesta</translation>
    </message>
    <message>
        <source>Contest dismissed: the score stands</source>
        <translation>Impugnación desestimada: la puntuación se mantiene</translation>
    </message>
    <message>
        <source>Scored wrong on a test item</source>
        <translation>Incorrecta en un elemento de control</translation>
    </message>
    <message>
        <source>The requester&apos;s note: %1</source>
        <translation>Nota del solicitante: %1</translation>
    </message>
    <message>
        <source>Test item</source>
        <translation>Control</translation>
    </message>
</context>
<context>
    <name>Chrysalis::MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation>Mi trabajo</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>My answers</source>
        <translation>Mis respuestas</translation>
    </message>
    <message>
        <source>No answers yet. Claim items in the task queue and answer them; they show up here the moment you submit, even offline.</source>
        <translation>Aún no hay respuestas. Toma elementos en la cola de tareas y respóndelos; aparecen aquí en cuanto los envías, incluso sin conexión.</translation>
    </message>
    <message>
        <source>Earnings appear after the first sync.</source>
        <translation>Las ganancias aparecen tras la primera sincronización.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earnings:&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; earned in the last 90 days: %2 &amp;nbsp;·&amp;nbsp; mistake pay in that window: %3 of an allowance of %4%5</source>
        <translation>&lt;b&gt;Ganancias:&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; ganado en los últimos 90 días: %2 &amp;nbsp;·&amp;nbsp; pago por errores en ese periodo: %3 de un margen de %4%5</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; ready for payout</source>
        <translation> &amp;nbsp;·&amp;nbsp; listo para cobrar</translation>
    </message>
    <message>
        <source>C&amp;ontest…</source>
        <translation>&amp;Impugnar…</translation>
    </message>
    <message>
        <source>Say why the expected answer of this test item is wrong</source>
        <translation>Explica por qué es errónea la respuesta esperada de este elemento de control</translation>
    </message>
    <message>
        <source>This answer was scored wrong on a test item. If the expected answer is wrong, contest it; while the requester decides, the score counts.</source>
        <translation>Esta respuesta a un elemento de control se puntuó como incorrecta. Si la respuesta esperada es errónea, impúgnala; mientras el solicitante decide, la puntuación cuenta.</translation>
    </message>
    <message>
        <source>This answer is contested already.</source>
        <translation>Esta respuesta ya está impugnada.</translation>
    </message>
    <message>
        <source>Answers scored wrong on a test item can be contested: select one.</source>
        <translation>Las respuestas a elementos de control puntuadas como incorrectas se pueden impugnar: selecciona una.</translation>
    </message>
    <message>
        <source>Could not queue the contest: %1</source>
        <translation>No se pudo poner en cola la impugnación: %1</translation>
    </message>
    <message>
        <source>This answer cannot be contested.</source>
        <translation>Esta respuesta no se puede impugnar.</translation>
    </message>
    <message>
        <source>Say why the expected answer is wrong.</source>
        <translation>Explica por qué es errónea la respuesta esperada.</translation>
    </message>
    <message>
        <source>The answer is not in the local copy.</source>
        <translation>La respuesta no está en la copia local.</translation>
    </message>
    <message>
        <source>Contest queued; sending it now.</source>
        <translation>Impugnación en cola; enviándola ahora.</translation>
    </message>
    <message>
        <source>Contest stored; it will be sent when you are back online.</source>
        <translation>Impugnación guardada; se enviará cuando vuelvas a estar en línea.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::OfflineSection</name>
    <message>
        <source>Work offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>A claim reserves items for you, so you can answer them without a connection. Claim more before a trip, fewer on a normal day.</source>
        <translation>Los elementos que tomas quedan reservados para ti, así que puedes responderlos sin conexión. Toma más antes de un viaje y menos en un día normal.</translation>
    </message>
    <message>
        <source>Items per claim</source>
        <translation>Elementos por solicitud</translation>
    </message>
    <message>
        <source> items</source>
        <translation> elementos</translation>
    </message>
    <message>
        <source>500 items</source>
        <translation>500 elementos</translation>
    </message>
    <message>
        <source>&amp;Items per claim:</source>
        <translation>&amp;Elementos por solicitud:</translation>
    </message>
    <message>
        <source>From 1 to %L1 items, as the marketplace allows; it suggests %L2. The task queue&apos;s Claim button starts with this number; a task with fewer open items gives fewer.</source>
        <translation>De 1 a %L1 elementos, según lo que permita el mercado; te sugiere %L2. El botón Tomar elementos de la cola de tareas parte de este número; una tarea con menos elementos abiertos da menos.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::OutcomeView</name>
    <message>
        <source>Settlement</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>The panel closed without votes: the worker is not at fault.</source>
        <translation>El tribunal se cerró sin votos: el trabajador no tiene la culpa.</translation>
    </message>
    <message>
        <source>The panel found the answer mostly the worker&apos;s fault.</source>
        <translation>El tribunal concluyó que la respuesta fue sobre todo culpa del trabajador.</translation>
    </message>
    <message>
        <source>The panel found the rejection mostly the requester&apos;s fault.</source>
        <translation>El tribunal concluyó que el rechazo fue sobre todo culpa del solicitante.</translation>
    </message>
    <message>
        <source>The panel split evenly.</source>
        <translation>El tribunal quedó dividido a partes iguales.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) · worker fault %1 · requester fault %2</source>
        <translation>
            <numerusform>%n voto · culpa del trabajador %1 · culpa del solicitante %2</numerusform>
            <numerusform>%n votos · culpa del trabajador %1 · culpa del solicitante %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Worker fault</source>
        <translation>Culpa del trabajador</translation>
    </message>
    <message>
        <source>Requester fault</source>
        <translation>Culpa del solicitante</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Culpa</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>How the panel voted</source>
        <translation>Cómo votó el tribunal</translation>
    </message>
    <message>
        <source>Worker paid in full</source>
        <translation>Trabajador pagado íntegramente</translation>
    </message>
    <message>
        <source>Requester charged (share at fault)</source>
        <translation>Cargo al solicitante (parte de culpa)</translation>
    </message>
    <message>
        <source>Arbitration fee (requester)</source>
        <translation>Tasa de arbitraje (solicitante)</translation>
    </message>
    <message>
        <source>Mistake pay (covered by the platform)</source>
        <translation>Pago por errores (cubierto por la plataforma)</translation>
    </message>
    <message numerus="yes">
        <source>Arbiter pay, %n arbiter(s)</source>
        <translation>
            <numerusform>Pago a árbitros, %n árbitro</numerusform>
            <numerusform>Pago a árbitros, %n árbitros</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ledger lines for this settlement have not arrived yet.</source>
        <translation>Aún no han llegado tus asientos contables de esta liquidación.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Matches the worker pay above.</source>
        <translation>Coincide con el pago al trabajador indicado arriba.</translation>
    </message>
    <message>
        <source>Does not match the worker pay above.</source>
        <translation>No coincide con el pago al trabajador indicado arriba.</translation>
    </message>
    <message>
        <source>You paid %1: the charge plus the fee; the rest of the slot&apos;s escrow came back.</source>
        <translation>Pagaste %1: el cargo más la tasa; el resto del depósito del hueco volvió a tu saldo.</translation>
    </message>
    <message>
        <source>Matches the arbiter pay above.</source>
        <translation>Coincide con el pago a árbitros indicado arriba.</translation>
    </message>
    <message>
        <source>Does not match the arbiter pay above.</source>
        <translation>No coincide con el pago a árbitros indicado arriba.</translation>
    </message>
    <message>
        <source>On your books</source>
        <translation>En tus cuentas</translation>
    </message>
    <message>
        <source>Arbiter %1</source>
        <translation>Árbitro %1</translation>
    </message>
    <message>
        <source>No rationales: no arbiter voted.</source>
        <translation>No hay justificaciones: ningún árbitro votó.</translation>
    </message>
    <message>
        <source>Rationales (names withheld)</source>
        <translation>Justificaciones (sin nombres)</translation>
    </message>
</context>
<context>
    <name>Chrysalis::PairwiseEditor</name>
    <message>
        <source>A is better   (A)</source>
        <translation>A es mejor   (A)</translation>
    </message>
    <message>
        <source>Tie   (T)</source>
        <translation>Empate   (T)</translation>
    </message>
    <message>
        <source>B is better   (B)</source>
        <translation>B es mejor   (B)</translation>
    </message>
    <message>
        <source>Response A</source>
        <translation>Respuesta A</translation>
    </message>
    <message>
        <source>Response B</source>
        <translation>Respuesta B</translation>
    </message>
    <message>
        <source>Why? A sentence or two (required)</source>
        <translation>¿Por qué? Una o dos frases (obligatorio)</translation>
    </message>
</context>
<context>
    <name>Chrysalis::PointsHistoryModel</name>
    <message>
        <source>Feedback approved your task without changes</source>
        <translation>Los comentarios aprobaron tu tarea sin cambios</translation>
    </message>
    <message>
        <source>Workers&apos; ratings of your butterfly tasks (a batch)</source>
        <translation>Valoraciones de los trabajadores de tus tareas mariposa (un lote)</translation>
    </message>
    <message>
        <source>Workers&apos; ratings of your butterfly tasks (a batch, below neutral)</source>
        <translation>Valoraciones de los trabajadores de tus tareas mariposa (un lote, por debajo de neutral)</translation>
    </message>
    <message>
        <source>A panel found you at fault in a conflict</source>
        <translation>Un tribunal te declaró culpable en un conflicto</translation>
    </message>
    <message>
        <source> — you became a Butterfly</source>
        <translation> — te convertiste en Mariposa</translation>
    </message>
    <message>
        <source> — you returned to Caterpillar</source>
        <translation> — volviste a Oruga</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Points after</source>
        <translation>Puntos después</translation>
    </message>
</context>
<context>
    <name>Chrysalis::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Preferences message</source>
        <translation>Mensaje de preferencias</translation>
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
        <translation>Oro</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>Approved answers</source>
        <translation>Respuestas aprobadas</translation>
    </message>
    <message>
        <source>Feedback tasks done</source>
        <translation>Comentarios entregados</translation>
    </message>
    <message>
        <source>Lost conflicts</source>
        <translation>Conflictos perdidos</translation>
    </message>
    <message>
        <source>Profile and tier</source>
        <translation>Perfil y nivel</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Skills and content</source>
        <translation>Habilidades y contenido</translation>
    </message>
    <message>
        <source>e.g. German, Software testing</source>
        <translation>p. ej. alemán, pruebas de software</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Habilidades:</translation>
    </message>
    <message>
        <source>Promotion to %1 queued.</source>
        <translation>Ascenso a %1 en cola.</translation>
    </message>
    <message>
        <source>Your profile appears after the first sync.</source>
        <translation>Tu perfil aparece tras la primera sincronización.</translation>
    </message>
    <message>
        <source>%1 — shown to others as %2; roles: %3</source>
        <translation>%1 — los demás te ven como %2; roles: %3</translation>
    </message>
    <message>
        <source>Tiers are for workers.</source>
        <translation>Los niveles son para trabajadores.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, the highest tier.</source>
        <translation>Eres &lt;b&gt;%1&lt;/b&gt;, el nivel más alto.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;. On the way to &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Eres &lt;b&gt;%1&lt;/b&gt;. De camino a &lt;b&gt;%2&lt;/b&gt;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (at most %2 in your last %Ln answer(s)) %3</source>
        <translation>
            <numerusform>%1 (como máximo %2 en %Ln respuesta reciente) %3</numerusform>
            <numerusform>%1 (como máximo %2 en tus últimas %Ln respuestas) %3</numerusform>
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
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>&amp;Become %1</source>
        <translation>&amp;Pasar a %1</translation>
    </message>
    <message>
        <source>Not eligible for %1 yet</source>
        <translation>Aún no cumples los requisitos para %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Saved; it reaches the marketplace with the next sync.</source>
        <translation>Guardado; llegará al mercado con la próxima sincronización.</translation>
    </message>
    <message>
        <source>&amp;Content opt-ins and limits…</source>
        <translation>&amp;Contenido aceptado y límites…</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>No content warnings opted in.</source>
        <translation>No has aceptado ningún aviso de contenido.</translation>
    </message>
    <message>
        <source>Opted in: %1</source>
        <translation>Aceptado: %1</translation>
    </message>
    <message>
        <source>Accuracy on test items</source>
        <translation>Precisión en elementos de control</translation>
    </message>
    <message>
        <source>Test items: %1. %2</source>
        <translation>Elementos de control: %1. %2</translation>
    </message>
    <message>
        <source>%1 % (pass mark %2 %) %3</source>
        <translation>%1 % (nota mínima: %2 %) %3</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>trabajador</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>solicitante</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>✓ %1 — verified by a passed qualification test</source>
        <translation>✓ %1 — verificada al superar una prueba de cualificación</translation>
    </message>
    <message>
        <source>✓ %1 — verified by passing %2</source>
        <translation>✓ %1 — verificada al superar %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Skills backed by a paid qualification test you passed</source>
        <translation>Habilidades respaldadas por una prueba de cualificación remunerada que has superado</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Verificadas:</translation>
    </message>
</context>
<context>
    <name>Chrysalis::QualitySettings</name>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Voto mayoritario</translation>
    </message>
    <message>
        <source>Majority weighted by agreement (WAWA)</source>
        <translation>Mayoría ponderada por acuerdo (WAWA)</translation>
    </message>
    <message>
        <source>Dawid–Skene (per-worker confusion)</source>
        <translation>Dawid–Skene (confusión por trabajador)</translation>
    </message>
    <message>
        <source>One-coin (per-worker accuracy)</source>
        <translation>One-coin (precisión por trabajador)</translation>
    </message>
    <message>
        <source>GLAD (worker skill and item difficulty)</source>
        <translation>GLAD (habilidad del trabajador y dificultad del elemento)</translation>
    </message>
    <message>
        <source>MACE (spots spammers)</source>
        <translation>MACE (detecta a los spammers)</translation>
    </message>
    <message>
        <source>Mean (rating fields)</source>
        <translation>Media (campos de valoración)</translation>
    </message>
    <message>
        <source>Median (rating fields)</source>
        <translation>Mediana (campos de valoración)</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Field to aggregate</source>
        <translation>Campo que agregar</translation>
    </message>
    <message>
        <source>Default (10 %)</source>
        <translation>Predeterminado (10 %)</translation>
    </message>
    <message>
        <source> % of claims</source>
        <translation> % de cada solicitud</translation>
    </message>
    <message>
        <source>The share of gold (test) items mixed into each worker&apos;s claims, at most 50 %</source>
        <translation>La proporción de elementos de control que se mezcla en las solicitudes de cada trabajador, como máximo el 50 %</translation>
    </message>
    <message>
        <source>Required qualification</source>
        <translation>Cualificación requerida</translation>
    </message>
    <message>
        <source> % to pass</source>
        <translation> % para aprobar</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Nota mínima</translation>
    </message>
    <message>
        <source>&amp;Aggregation</source>
        <translation>&amp;Agregación</translation>
    </message>
    <message>
        <source>&amp;Gold items</source>
        <translation>&amp;Elementos de control</translation>
    </message>
    <message>
        <source>&amp;Requires</source>
        <translation>&amp;Requiere</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No qualification</source>
        <translation>Sin cualificación</translation>
    </message>
    <message>
        <source>Qualification task %1</source>
        <translation>Tarea de cualificación %1</translation>
    </message>
    <message>
        <source>By default answers are combined by majority vote on the form&apos;s first choice field, or else its first rating field.</source>
        <translation>De forma predeterminada, las respuestas se combinan por voto mayoritario en el primer campo de opción del formulario o, si no lo hay, en su primer campo de valoración.</translation>
    </message>
    <message>
        <source>This method needs a rating field in the form.</source>
        <translation>Este método necesita un campo de valoración en el formulario.</translation>
    </message>
    <message>
        <source>This method needs a single-choice or rating field in the form.</source>
        <translation>Este método necesita un campo de opción única o de valoración en el formulario.</translation>
    </message>
    <message>
        <source>Answers to the chosen field are combined with this method.</source>
        <translation>Las respuestas del campo elegido se combinan con este método.</translation>
    </message>
    <message>
        <source>This is a paid &amp;qualification test</source>
        <translation>Es una prueba de &amp;cualificación remunerada</translation>
    </message>
    <message>
        <source>Every item of a qualification test needs a gold answer; workers who pass it may take the tasks that require it</source>
        <translation>Cada elemento de una prueba de cualificación necesita una respuesta de control; quien la supera puede tomar las tareas que la exigen</translation>
    </message>
    <message>
        <source>e.g. German (optional)</source>
        <translation>p. ej. alemán (opcional)</translation>
    </message>
    <message>
        <source>Workers who pass this test (70 % right by default) get this skill on their profile, shown as verified</source>
        <translation>Quien supera esta prueba (70 % de aciertos de forma predeterminada) obtiene esta habilidad en su perfil, marcada como verificada</translation>
    </message>
    <message>
        <source>&amp;Verifies skill</source>
        <translation>Habilidad &amp;verificada</translation>
    </message>
</context>
<context>
    <name>Chrysalis::QueuePage</name>
    <message>
        <source>Search task titles</source>
        <translation>Buscar en los títulos de tareas</translation>
    </message>
    <message>
        <source>Only tasks I can take</source>
        <translation>Solo tareas que puedo tomar</translation>
    </message>
    <message>
        <source>Tasks shown</source>
        <translation>Tareas mostradas</translation>
    </message>
    <message>
        <source>Task queue</source>
        <translation>Cola de tareas</translation>
    </message>
    <message>
        <source>My leased items</source>
        <translation>Mis elementos reservados</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Solicitante:</translation>
    </message>
    <message>
        <source>Pay per item:</source>
        <translation>Pago por elemento:</translation>
    </message>
    <message>
        <source>Time per item:</source>
        <translation>Tiempo por elemento:</translation>
    </message>
    <message>
        <source>Implied pay per hour:</source>
        <translation>Pago implícito por hora:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Elementos:</translation>
    </message>
    <message>
        <source>Minimum tier:</source>
        <translation>Nivel mínimo:</translation>
    </message>
    <message>
        <source>Content warnings:</source>
        <translation>Avisos de contenido:</translation>
    </message>
    <message>
        <source>Why can&apos;t I take this?</source>
        <translation>¿Por qué no puedo tomarla?</translation>
    </message>
    <message>
        <source>Why this task is not offered to you</source>
        <translation>Por qué no se te ofrece esta tarea</translation>
    </message>
    <message>
        <source>Items to claim</source>
        <translation>Elementos que tomar</translation>
    </message>
    <message>
        <source>&amp;Claim items</source>
        <translation>&amp;Tomar elementos</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Elementos:</translation>
    </message>
    <message>
        <source>&lt;b&gt;My leased items&lt;/b&gt; — answer them before the time runs out</source>
        <translation>&lt;b&gt;Mis elementos reservados&lt;/b&gt; — respóndelos antes de que se acabe el tiempo</translation>
    </message>
    <message>
        <source>No leased items. Pick a task above and claim items to work on them, online or offline.</source>
        <translation>No hay elementos reservados. Elige una tarea arriba y toma elementos para trabajar en ellos, con o sin conexión.</translation>
    </message>
    <message>
        <source>Search task titles (%1)</source>
        <translation>Buscar en los títulos de tareas (%1)</translation>
    </message>
    <message>
        <source>Show only tasks I can take, or all</source>
        <translation>Mostrar solo las tareas que puedo tomar, o todas</translation>
    </message>
    <message>
        <source>Hide the tasks you cannot take (%1)</source>
        <translation>Ocultar las tareas que no puedes tomar (%1)</translation>
    </message>
    <message>
        <source>Go to the task list</source>
        <translation>Ir a la lista de tareas</translation>
    </message>
    <message>
        <source>Go to my leased items</source>
        <translation>Ir a mis elementos reservados</translation>
    </message>
    <message>
        <source>%1+ tasks</source>
        <translation>%1+ tareas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln tarea</numerusform>
            <numerusform>%Ln tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>Ninguna tarea seleccionada</translation>
    </message>
    <message>
        <source>No tasks match. Sync to fetch new ones, or clear the search.</source>
        <translation>Ninguna tarea coincide. Sincroniza para traer otras nuevas o borra la búsqueda.</translation>
    </message>
    <message>
        <source>Pick a task to see its terms and claim items.</source>
        <translation>Elige una tarea para ver sus condiciones y tomar elementos.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>✓ You can take this task.</source>
        <translation>✓ Puedes tomar esta tarea.</translation>
    </message>
    <message>
        <source>You cannot take this task now.</source>
        <translation>Ahora no puedes tomar esta tarea.</translation>
    </message>
    <message numerus="yes">
        <source>You hold %Ln leased item(s) of it.</source>
        <translation>
            <numerusform>Tienes %Ln elemento reservado de esta tarea.</numerusform>
            <numerusform>Tienes %Ln elementos reservados de esta tarea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue the claim: %1</source>
        <translation>No se pudo poner en cola la solicitud: %1</translation>
    </message>
    <message numerus="yes">
        <source>Claim of %Ln item(s) queued; your leases appear below once the marketplace confirms it.</source>
        <translation>
            <numerusform>Solicitud de %Ln elemento en cola; tu reserva aparecerá abajo cuando el mercado la confirme.</numerusform>
            <numerusform>Solicitud de %Ln elementos en cola; tus reservas aparecerán abajo cuando el mercado las confirme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;qualification task</source>
        <translation>Abrir la tarea de &amp;cualificación</translation>
    </message>
    <message>
        <source>Select the paid qualification this task requires, to claim its items</source>
        <translation>Selecciona la cualificación remunerada que exige esta tarea para poder tomar sus elementos</translation>
    </message>
    <message>
        <source>The qualification task is not in your queue: it may be full, or not synced yet.</source>
        <translation>La tarea de cualificación no está en tu cola: puede que esté completa o que aún no se haya sincronizado.</translation>
    </message>
    <message>
        <source>Answers wanted:</source>
        <translation>Respuestas buscadas:</translation>
    </message>
</context>
<context>
    <name>Chrysalis::RateTaskDialog</name>
    <message>
        <source>Rate this task</source>
        <translation>Valorar esta tarea</translation>
    </message>
    <message>
        <source>How good is “%1” as a task: clear instructions, fair pay, sensible items?</source>
        <translation>¿Qué tal es «%1» como tarea: instrucciones claras, pago justo, elementos razonables?</translation>
    </message>
    <message>
        <source>0: poor</source>
        <translation>0: mala</translation>
    </message>
    <message>
        <source>10: excellent</source>
        <translation>10: excelente</translation>
    </message>
    <message>
        <source>Your rating is private: the requester only ever sees an average of several.</source>
        <translation>Tu valoración es privada: el solicitante solo ve la media de varias.</translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation>Enviar valoración</translation>
    </message>
</context>
<context>
    <name>Chrysalis::RatingEditor</name>
    <message>
        <source>Rate %1 (key %2)</source>
        <translation>Valorar %1 (tecla %2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ReframeDialog</name>
    <message>
        <source>Propose a reframing</source>
        <translation>Proponer un replanteamiento</translation>
    </message>
    <message>
        <source>Rewrite the instructions so the task is clearer or fairer. The requester sees your proposal and your reasons.</source>
        <translation>Reescribe las instrucciones para que la tarea sea más clara o más justa. El solicitante ve tu propuesta y tus motivos.</translation>
    </message>
    <message>
        <source>Instructions (Markdown)</source>
        <translation>Instrucciones (Markdown)</translation>
    </message>
    <message>
        <source>Why this is better (required)</source>
        <translation>Por qué es mejor (obligatorio)</translation>
    </message>
    <message>
        <source>What goes wrong with the current wording, and how yours fixes it</source>
        <translation>Qué falla en la redacción actual y cómo lo arregla la tuya</translation>
    </message>
    <message>
        <source>Send proposal</source>
        <translation>Enviar propuesta</translation>
    </message>
</context>
<context>
    <name>Chrysalis::RejectionDialog</name>
    <message>
        <source>Reject answer</source>
        <translation>Rechazar respuesta</translation>
    </message>
    <message>
        <source>A rejection opens a panel of gold arbiters, and the worker is paid in full either way. Say which instruction the answer breaks.</source>
        <translation>Un rechazo abre un tribunal de árbitros de oro, y el trabajador cobra el importe completo en cualquier caso. Indica qué instrucción incumple la respuesta.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elige un motivo…</translation>
    </message>
    <message>
        <source>&amp;Instructions (Enter quotes the selected passage)</source>
        <translation>&amp;Instrucciones (Intro cita el pasaje seleccionado)</translation>
    </message>
    <message>
        <source>&amp;Written reason</source>
        <translation>Motivo &amp;escrito</translation>
    </message>
    <message>
        <source>Quote the instruction and say how the answer breaks it.</source>
        <translation>Cita la instrucción y explica cómo la incumple la respuesta.</translation>
    </message>
    <message>
        <source>choose a reason</source>
        <translation>elegir un motivo</translation>
    </message>
    <message>
        <source>write the reason</source>
        <translation>escribir el motivo</translation>
    </message>
    <message>
        <source>quote the instruction it relies on</source>
        <translation>citar la instrucción en la que se basa</translation>
    </message>
    <message>
        <source>Still to do: %1.</source>
        <translation>Falta: %1.</translation>
    </message>
    <message>
        <source>The instructions say: “%1” </source>
        <translation>Las instrucciones dicen: «%1» </translation>
    </message>
</context>
<context>
    <name>Chrysalis::ResultsExportDialog</name>
    <message>
        <source>This task is not on this computer.</source>
        <translation>Esta tarea no está en este equipo.</translation>
    </message>
    <message>
        <source>majority vote</source>
        <translation>voto mayoritario</translation>
    </message>
    <message>
        <source>weighted majority vote (Wawa)</source>
        <translation>voto mayoritario ponderado (Wawa)</translation>
    </message>
    <message>
        <source>Dawid–Skene</source>
        <translation>Dawid–Skene</translation>
    </message>
    <message>
        <source>one-coin Dawid–Skene</source>
        <translation>Dawid–Skene de una moneda</translation>
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
        <translation>la media</translation>
    </message>
    <message>
        <source>the median</source>
        <translation>la mediana</translation>
    </message>
    <message>
        <source>Built from this computer&apos;s copy of the marketplace, which has not been synced yet.</source>
        <translation>Generado a partir de la copia del mercado de este equipo, que aún no se ha sincronizado.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>hace %Ln minuto</numerusform>
            <numerusform>hace %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>hace %Ln hora</numerusform>
            <numerusform>hace %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Built from this computer&apos;s copy of the marketplace, last synced %1 (%2). Sync first for answers that arrived since.</source>
        <translation>Generado a partir de la copia del mercado de este equipo, sincronizada por última vez el %1 (%2). Sincroniza antes para incluir las respuestas que hayan llegado desde entonces.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>One row per &amp;item: its final label</source>
        <translation>Una fila por ele&amp;mento: su etiqueta final</translation>
    </message>
    <message>
        <source>Every &amp;answer, with its worker, revision, times and review</source>
        <translation>Cada &amp;respuesta, con su trabajador, revisión, tiempos y evaluación</translation>
    </message>
    <message>
        <source>For audits and for forms without a field to aggregate. Workers appear by pseudonym only.</source>
        <translation>Para auditorías y para formularios sin un campo que agregar. Los trabajadores aparecen solo con su seudónimo.</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets</source>
        <translation>CSV, para hojas de cálculo</translation>
    </message>
    <message>
        <source>JSON Lines, one object per line</source>
        <translation>JSON Lines, un objeto por línea</translation>
    </message>
    <message>
        <source>Label Studio JSON, to import into Label Studio</source>
        <translation>JSON de Label Studio, para importar en Label Studio</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet-safe: text that would run as a formula starts with &apos;</source>
        <translation>Apto para &amp;hojas de cálculo: el texto que se ejecutaría como fórmula empieza por &apos;</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln respuesta</numerusform>
            <numerusform>%Ln respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed panel(s)</source>
        <translation>
            <numerusform>%Ln tribunal cerrado</numerusform>
            <numerusform>%Ln tribunales cerrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation>No disponible: %1.</translation>
    </message>
    <message>
        <source>Not available: the answer form has no single-choice or rating field to aggregate.</source>
        <translation>No disponible: el formulario de respuesta no tiene ningún campo de opción única ni de valoración que agregar.</translation>
    </message>
    <message>
        <source>The label of each answered item by %1 of “%2”, with its confidence, how many answers it rests on and whether it was unanimous, aggregated or decided by a panel.</source>
        <translation>La etiqueta de cada elemento respondido, obtenida por %1 sobre «%2», con su confianza, cuántas respuestas la respaldan y si fue unánime, agregada o decidida por un tribunal.</translation>
    </message>
    <message>
        <source>Not available: the task&apos;s revision has not been synced to this computer.</source>
        <translation>No disponible: la revisión de la tarea no se ha sincronizado con este equipo.</translation>
    </message>
    <message>
        <source>Nobody has answered this task yet, so there is nothing to export.</source>
        <translation>Nadie ha respondido aún a esta tarea, así que no hay nada que exportar.</translation>
    </message>
    <message>
        <source>Export the results of “%1”</source>
        <translation>Exportar los resultados de «%1»</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Archivos JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Elige el archivo en el que escribir.</translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation>No se escribió nada: %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ReviewPage</name>
    <message>
        <source>Review answers</source>
        <translation>Revisar respuestas</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>T&amp;rabajador</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>seudónimo</translation>
    </message>
    <message>
        <source>Approve  (A)</source>
        <translation>Aprobar  (A)</translation>
    </message>
    <message>
        <source>Reject…  (R)</source>
        <translation>Rechazar…  (R)</translation>
    </message>
    <message>
        <source>↑/↓ move through the answers, A approves, R rejects. Reviews made offline are sent when you are back online.</source>
        <translation>↑/↓ recorren las respuestas, A aprueba, R rechaza. Las revisiones hechas sin conexión se envían cuando vuelves a estar en línea.</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>No answer selected</source>
        <translation>Ninguna respuesta seleccionada</translation>
    </message>
    <message>
        <source>No answers to your tasks yet.</source>
        <translation>Aún no hay respuestas a tus tareas.</translation>
    </message>
    <message>
        <source>Select an answer to see it against the form.</source>
        <translation>Selecciona una respuesta para verla junto al formulario.</translation>
    </message>
    <message>
        <source>Answer by %1 · %2 · took %3 s</source>
        <translation>Respuesta de %1 · %2 · tardó %3 s</translation>
    </message>
    <message>
        <source>Approved automatically in %1 unless you review it.</source>
        <translation>Se aprobará automáticamente en %1 si no la revisas.</translation>
    </message>
    <message>
        <source>Approved: the worker was paid.</source>
        <translation>Aprobada: se pagó al trabajador.</translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Rechazada (%1): %2</translation>
    </message>
    <message>
        <source>A panel has settled it.</source>
        <translation>Un tribunal la ha resuelto.</translation>
    </message>
    <message>
        <source>A panel of arbiters is judging it.</source>
        <translation>Un tribunal de árbitros la está juzgando.</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>No se pudo guardar la revisión: %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::RevisionUndo</name>
    <message>
        <source>edit %1</source>
        <translation>edición de %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ServersSection</name>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Marketplaces you connect to. The sign-in window offers them, starting with the default.</source>
        <translation>Los mercados a los que te conectas. La ventana de inicio de sesión te los ofrece, empezando por el predeterminado.</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Servidores guardados</translation>
    </message>
    <message>
        <source>&amp;Add server</source>
        <translation>&amp;Añadir servidor</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>e.g. Team marketplace</source>
        <translation>p. ej. Mercado del equipo</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <source>User name on this server</source>
        <translation>Nombre de usuario en este servidor</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Use this server by default</source>
        <translation>Usar este servidor por defec&amp;to</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>No saved servers yet. Add one to sign in to it with one click.</source>
        <translation>Aún no hay servidores guardados. Añade uno para iniciar sesión en él con un clic.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Nuevo servidor</translation>
    </message>
    <message>
        <source>New server %1</source>
        <translation>Nuevo servidor %1</translation>
    </message>
</context>
<context>
    <name>Chrysalis::Session</name>
    <message>
        <source>Sign in with your password first.</source>
        <translation>Primero inicia sesión con tu contraseña.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every key the client answers to, by page. Page keys work while that page is shown.</source>
        <translation>Todas las teclas a las que responde el cliente, por página. Las teclas de una página funcionan mientras se muestra.</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Chrysalis::SignInDialog</name>
    <message>
        <source>Welcome to Chrysalis</source>
        <translation>Te damos la bienvenida a Chrysalis</translation>
    </message>
    <message>
        <source>Chrysalis keeps your work on this computer and syncs it with a marketplace, so you can keep working offline.</source>
        <translation>Chrysalis guarda tu trabajo en este equipo y lo sincroniza con un mercado, así que puedes seguir trabajando sin conexión.</translation>
    </message>
    <message>
        <source>Marketplace address</source>
        <translation>Dirección del mercado</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Mercado:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Start a demo marketplace on this computer, with believable tasks and accounts. Nothing leaves your computer.</source>
        <translation>Inicia un mercado de demostración en este equipo, con tareas y cuentas verosímiles. Nada sale de tu equipo.</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Cuenta de demostración</translation>
    </message>
    <message>
        <source>bob — bronze worker</source>
        <translation>bob — trabajador de bronce</translation>
    </message>
    <message>
        <source>sam — silver worker</source>
        <translation>sam — trabajador de plata</translation>
    </message>
    <message>
        <source>gia — gold worker and arbiter</source>
        <translation>gia — trabajadora de oro y árbitra</translation>
    </message>
    <message>
        <source>ada — butterfly requester</source>
        <translation>ada — solicitante mariposa</translation>
    </message>
    <message>
        <source>grace — caterpillar requester</source>
        <translation>grace — solicitante oruga</translation>
    </message>
    <message>
        <source>&amp;Try it locally</source>
        <translation>&amp;Probar en local</translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation>&amp;Entrar como:</translation>
    </message>
    <message>
        <source>Connect to a marketplace</source>
        <translation>Conectarse a un mercado</translation>
    </message>
    <message>
        <source>Try it locally</source>
        <translation>Probar en local</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>Enter the marketplace address, your user name and your password.</source>
        <translation>Introduce la dirección del mercado, tu nombre de usuario y tu contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Starting the local marketplace…</source>
        <translation>Iniciando el mercado local…</translation>
    </message>
    <message>
        <source>Could not start the local marketplace: %1</source>
        <translation>No se pudo iniciar el mercado local: %1</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Servidores guardados</translation>
    </message>
    <message>
        <source>Another marketplace</source>
        <translation>Otro mercado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sa&amp;ved server:</source>
        <translation>&amp;Servidor guardado:</translation>
    </message>
</context>
<context>
    <name>Chrysalis::SpansEditor</name>
    <message>
        <source>Select text, then press a label key:</source>
        <translation>Selecciona texto y pulsa la tecla de una etiqueta:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected span (Delete)</source>
        <translation>Quitar el fragmento seleccionado (Supr)</translation>
    </message>
    <message>
        <source>%1   “%2”   characters %3–%4</source>
        <translation>%1   «%2»   caracteres %3–%4</translation>
    </message>
    <message>
        <source>No spans yet</source>
        <translation>Aún no hay fragmentos</translation>
    </message>
</context>
<context>
    <name>Chrysalis::SyncEngine</name>
    <message>
        <source>no server address set</source>
        <translation>no hay ninguna dirección de servidor configurada</translation>
    </message>
    <message>
        <source>the server address %1 must use https</source>
        <translation>la dirección del servidor %1 debe usar https</translation>
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
        <translation>el servidor rechazó el token de inicio de sesión</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>no se pudo iniciar sesión</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>no has iniciado sesión</translation>
    </message>
    <message>
        <source>token refresh failed</source>
        <translation>no se pudo renovar el token</translation>
    </message>
    <message>
        <source>token refresh refused</source>
        <translation>renovación del token rechazada</translation>
    </message>
    <message>
        <source>sign-out not confirmed by the server</source>
        <translation>el servidor no confirmó el cierre de sesión</translation>
    </message>
    <message>
        <source>cannot reach the server</source>
        <translation>no se puede conectar con el servidor</translation>
    </message>
    <message>
        <source>server info refused</source>
        <translation>consulta de información del servidor rechazada</translation>
    </message>
    <message>
        <source>the server speaks CSP/%1 to CSP/%2 and this client CSP/%3: update the client</source>
        <translation>el servidor admite de CSP/%1 a CSP/%2 y este cliente usa CSP/%3: actualiza el cliente</translation>
    </message>
    <message>
        <source>sign in first: the local database belongs to no user yet</source>
        <translation>inicia sesión primero: la base de datos local aún no pertenece a ningún usuario</translation>
    </message>
    <message>
        <source>push failed</source>
        <translation>no se pudieron enviar los cambios</translation>
    </message>
    <message>
        <source>push refused</source>
        <translation>envío de cambios rechazado</translation>
    </message>
    <message>
        <source>pull failed</source>
        <translation>no se pudieron descargar los cambios</translation>
    </message>
    <message>
        <source>pull refused</source>
        <translation>descarga de cambios rechazada</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TaskEditorPage</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In feedback</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mis tareas</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>&amp;Nueva tarea</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <source>Answer &amp;form</source>
        <translation>&amp;Formulario de respuesta</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Elementos</translation>
    </message>
    <message>
        <source>What workers see in the queue</source>
        <translation>Lo que ven los trabajadores en la cola</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Títul&amp;o</translation>
    </message>
    <message>
        <source> ¢ per answer</source>
        <translation> ¢ por respuesta</translation>
    </message>
    <message>
        <source> s per item</source>
        <translation> s por elemento</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Pago</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>Estima&amp;ción</translation>
    </message>
    <message>
        <source>&amp;Overlap</source>
        <translation>&amp;Solapamiento</translation>
    </message>
    <message>
        <source>Bronze (everyone)</source>
        <translation>Bronce (todos)</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Minimum &amp;tier</source>
        <translation>Nivel &amp;mínimo</translation>
    </message>
    <message>
        <source>comma separated, e.g. german, medicine</source>
        <translation>separadas por comas, p. ej. alemán, medicina</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Habilidades</translation>
    </message>
    <message>
        <source>comma separated, e.g. violence</source>
        <translation>separados por comas, p. ej. violencia</translation>
    </message>
    <message>
        <source>Content &amp;warnings</source>
        <translation>&amp;Avisos de contenido</translation>
    </message>
    <message>
        <source>I&amp;nstructions (Markdown)</source>
        <translation>Inst&amp;rucciones (Markdown)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Import items…</source>
        <translation>&amp;Importar elementos…</translation>
    </message>
    <message>
        <source>Discard imported items</source>
        <translation>Descartar elementos importados</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublicar</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>· not yet synced</source>
        <translation>· aún sin sincronizar</translation>
    </message>
    <message>
        <source>The task&apos;s revision could not be read: %1</source>
        <translation>No se pudo leer la revisión de la tarea: %1</translation>
    </message>
    <message>
        <source>Field %1 (%2)</source>
        <translation>Campo %1 (%2)</translation>
    </message>
    <message>
        <source>1 item on the marketplace</source>
        <translation>1 elemento en el mercado</translation>
    </message>
    <message>
        <source>%1 items on the marketplace</source>
        <translation>%1 elementos en el mercado</translation>
    </message>
    <message>
        <source>1 imported item not yet sent: it goes out with the next save</source>
        <translation>1 elemento importado aún sin enviar: se envía al guardar la próxima vez</translation>
    </message>
    <message>
        <source>%1 imported items not yet sent: they go out with the next save</source>
        <translation>%1 elementos importados aún sin enviar: se envían al guardar la próxima vez</translation>
    </message>
    <message>
        <source>Fee (butterfly)</source>
        <translation>Tasa (mariposa)</translation>
    </message>
    <message>
        <source>Fee (caterpillar)</source>
        <translation>Tasa (oruga)</translation>
    </message>
    <message>
        <source>Set the pay per answer to see the escrow.</source>
        <translation>Indica el pago por respuesta para ver el depósito.</translation>
    </message>
    <message>
        <source>Fee per answer</source>
        <translation>Tasa por respuesta</translation>
    </message>
    <message>
        <source>Escrow per answer</source>
        <translation>Depósito por respuesta</translation>
    </message>
    <message>
        <source>Answers (%1 items × %2)</source>
        <translation>Respuestas (%1 elementos × %2)</translation>
    </message>
    <message>
        <source>Escrow at publish</source>
        <translation>Depósito al publicar</translation>
    </message>
    <message>
        <source>Import items to see the whole escrow.</source>
        <translation>Importa elementos para ver el depósito completo.</translation>
    </message>
    <message>
        <source>Implied hourly pay</source>
        <translation>Pago implícito por hora</translation>
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
        <translation>Tu saldo</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>No se importó nada de %1:</translation>
    </message>
    <message>
        <source>A task holds at most %1 items.</source>
        <translation>Una tarea admite como máximo %1 elementos.</translation>
    </message>
    <message>
        <source>Imported 1 item from %1.</source>
        <translation>Se importó 1 elemento de %1.</translation>
    </message>
    <message>
        <source>Imported %1 items from %2.</source>
        <translation>Se importaron %1 elementos de %2.</translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>Importar elementos</translation>
    </message>
    <message>
        <source>Item files (*.jsonl *.ndjson *.json *.csv *.tsv)</source>
        <translation>Archivos de elementos (*.jsonl *.ndjson *.json *.csv *.tsv)</translation>
    </message>
    <message>
        <source>Only a draft can be changed.</source>
        <translation>Solo se puede cambiar un borrador.</translation>
    </message>
    <message>
        <source>Give the task a title before saving.</source>
        <translation>Ponle un título a la tarea antes de guardarla.</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <source>The items could not be queued: %1</source>
        <translation>No se pudieron poner en cola los elementos: %1</translation>
    </message>
    <message>
        <source>Draft saved; sending it to the marketplace.</source>
        <translation>Borrador guardado; se está enviando al mercado.</translation>
    </message>
    <message>
        <source>Draft saved here; it goes to the marketplace when you are online.</source>
        <translation>Borrador guardado aquí; llegará al mercado cuando tengas conexión.</translation>
    </message>
    <message>
        <source>Fix the problems marked in red before publishing.</source>
        <translation>Corrige los problemas marcados en rojo antes de publicar.</translation>
    </message>
    <message>
        <source>Import at least one item before publishing.</source>
        <translation>Importa al menos un elemento antes de publicar.</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>se necesita al menos un elemento</translation>
    </message>
    <message>
        <source>Publishing could not be queued: %1</source>
        <translation>No se pudo poner en cola la publicación: %1</translation>
    </message>
    <message>
        <source>Publishing: the escrow is reserved when the marketplace accepts it.</source>
        <translation>Publicando: el depósito se reserva cuando el mercado la acepte.</translation>
    </message>
    <message>
        <source>Publishing: the task goes to feedback once the escrow is reserved.</source>
        <translation>Publicando: la tarea pasa a la fase de comentarios en cuanto se reserve el depósito.</translation>
    </message>
    <message>
        <source>%1 (conflicted copy)</source>
        <translation>%1 (copia en conflicto)</translation>
    </message>
    <message>
        <source>The draft changed on the marketplace while you edited it. Your version is kept as &quot;%1&quot; beside the marketplace&apos;s.</source>
        <translation>El borrador cambió en el mercado mientras lo editabas. Tu versión se conserva como &quot;%1&quot; junto a la del mercado.</translation>
    </message>
    <message>
        <source>Not published: the escrow needs %1 but your balance is %2. Nothing was reserved; add funds or lower the pay, overlap or items and publish again.</source>
        <translation>No publicada: el depósito necesita %1, pero tu saldo es %2. No se ha reservado nada; añade fondos o reduce el pago, el solapamiento o los elementos y vuelve a publicar.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>No publicada: %1</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xportar resultados…</translation>
    </message>
    <message>
        <source>Write the answers of a published task to a CSV, JSON Lines or Label Studio file</source>
        <translation>Guardar las respuestas de una tarea publicada en un archivo CSV, JSON Lines o de Label Studio</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>Resultados guardados en %1</translation>
    </message>
    <message>
        <source>Gold contests</source>
        <translation>Impugnaciones de control</translation>
    </message>
    <message>
        <source>Gold contests (%1 open)</source>
        <translation>Impugnaciones de control (%1 abiertas)</translation>
    </message>
    <message>
        <source>Import the items workers answer from a JSONL file (one JSON object per line) or a CSV file (a header row names the keys). A file with any bad line adds nothing.
Gold (test) items carry the expected answer: in JSONL a &quot;gold&quot; object of answer fields and &quot;training&quot;: true for an item that shows its answer after submitting; in CSV a &quot;gold.&lt;field&gt;&quot; column per judged field and a &quot;training&quot; column (yes/no).</source>
        <translation>Importa los elementos que responden los trabajadores desde un archivo JSONL (un objeto JSON por línea) o CSV (una fila de encabezado nombra las claves). Si el archivo tiene alguna línea incorrecta, no se añade nada.
Los elementos de control llevan la respuesta esperada: en JSONL, un objeto &quot;gold&quot; con los campos de respuesta y &quot;training&quot;: true para un elemento que muestra su respuesta tras enviarla; en CSV, una columna &quot;gold.&lt;campo&gt;&quot; por cada campo evaluado y una columna &quot;training&quot; (yes/no).</translation>
    </message>
    <message>
        <source>gold (test) items: %1 on the marketplace, %2 imported</source>
        <translation>elementos de control: %1 en el mercado, %2 importados</translation>
    </message>
    <message>
        <source>gold (test) items: %1</source>
        <translation>elementos de control: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them with a gold answer.</source>
        <translation>
            <numerusform>%Ln de ellos tiene respuesta de control.</numerusform>
            <numerusform>%Ln de ellos tienen respuesta de control.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) per item</source>
        <translation>
            <numerusform>%n respuesta por elemento</numerusform>
            <numerusform>%n respuestas por elemento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::TaskQueueModel</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Your account is suspended.</source>
        <translation>Tu cuenta está suspendida.</translation>
    </message>
    <message>
        <source>You posted this task.</source>
        <translation>Tú publicaste esta tarea.</translation>
    </message>
    <message>
        <source>The task is not open for work.</source>
        <translation>La tarea no está abierta al trabajo.</translation>
    </message>
    <message>
        <source>You have answered every item you could take.</source>
        <translation>Ya has respondido a todos los elementos que podías tomar.</translation>
    </message>
    <message>
        <source>Panels take gold workers only.</source>
        <translation>Los tribunales solo admiten trabajadores de nivel oro.</translation>
    </message>
    <message>
        <source>Feedback tasks take silver and gold workers only.</source>
        <translation>Las tareas de comentarios solo admiten trabajadores de plata y oro.</translation>
    </message>
    <message>
        <source>Tasks of caterpillar requesters take silver and gold workers only.</source>
        <translation>Las tareas de solicitantes oruga solo admiten trabajadores de plata y oro.</translation>
    </message>
    <message>
        <source>Your tier is below the task&apos;s minimum tier.</source>
        <translation>Tu nivel es inferior al nivel mínimo de la tarea.</translation>
    </message>
    <message>
        <source>A required skill is missing from your profile.</source>
        <translation>A tu perfil le falta una habilidad requerida.</translation>
    </message>
    <message>
        <source>The task carries a content warning you have not opted in to.</source>
        <translation>La tarea lleva un aviso de contenido que no has aceptado.</translation>
    </message>
    <message>
        <source>No slot is free for you right now.</source>
        <translation>Ahora mismo no hay ningún hueco libre para ti.</translation>
    </message>
    <message>
        <source>Taking these items would go over today&apos;s limit you set for one of the task&apos;s content warnings.</source>
        <translation>Tomar estos elementos superaría el límite diario que fijaste para uno de los avisos de contenido de la tarea.</translation>
    </message>
    <message>
        <source>Not available (%1).</source>
        <translation>No disponible (%1).</translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation>Mariposa</translation>
    </message>
    <message>
        <source>Caterpillar</source>
        <translation>Oruga</translation>
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
        <translation>Oro</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Quedan</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>You have not passed the paid qualification this task requires.</source>
        <translation>No has superado la cualificación remunerada que exige esta tarea.</translation>
    </message>
    <message>
        <source>Pass the paid qualification task this task requires first (pass mark %1 %).</source>
        <translation>Supera primero la tarea de cualificación remunerada que exige esta tarea (nota mínima: %1 %).</translation>
    </message>
    <message>
        <source>Pass the paid qualification “%1” first (pass mark %2 %).</source>
        <translation>Supera primero la cualificación remunerada «%1» (nota mínima: %2 %).</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamInviteDialog</name>
    <message>
        <source>Invite an earlier team</source>
        <translation>Invitar a un equipo anterior</translation>
    </message>
    <message>
        <source>Ask a team that worked well for you before to “%1”. Each member whose role has a free seat here gets that seat reserved for two days (or until the deadline); they accept or decline, and a declined seat opens to everyone again.</source>
        <translation>Invita a «%1» a un equipo que ya trabajó bien para ti. A cada miembro cuyo rol tenga aquí un puesto libre se le reserva ese puesto durante dos días (o hasta el plazo); puede aceptarlo o rechazarlo, y un puesto rechazado vuelve a quedar abierto para todos.</translation>
    </message>
    <message>
        <source>Earlier teams</source>
        <translation>Equipos anteriores</translation>
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
        <translation>miembros aún desconocidos</translation>
    </message>
    <message>
        <source>&amp;Invite this team</source>
        <translation>&amp;Invitar a este equipo</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamPostDialog</name>
    <message>
        <source>New team task</source>
        <translation>Nueva tarea de equipo</translation>
    </message>
    <message>
        <source>Workers who have the skill and tier take the seats you post, first come. Once every seat is taken the team works together and delivers. Each seat&apos;s pay and fee are held in escrow when you post.</source>
        <translation>Los trabajadores con la habilidad y el nivel requeridos ocupan los puestos que publicas, por orden de llegada. Cuando todos los puestos están ocupados, el equipo trabaja en conjunto y entrega. Al publicar, el pago y la tasa de cada puesto se retienen en depósito.</translation>
    </message>
    <message>
        <source>e.g. Review the checkout screen</source>
        <translation>p. ej. Revisar la pantalla de pago</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>What the team does together and what it delivers.</source>
        <translation>Qué hace el equipo en conjunto y qué entrega.</translation>
    </message>
    <message>
        <source>&amp;Brief:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>One shared answer, signed by every member</source>
        <translation>Una respuesta común, firmada por todos los miembros</translation>
    </message>
    <message>
        <source>One answer per role</source>
        <translation>Una respuesta por rol</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>&amp;Entrega:</translation>
    </message>
    <message>
        <source>at most %1 days ahead</source>
        <translation>como máximo dentro de %1 días</translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roles&lt;/b&gt; — %1 to %2 roles, at most %3 seats in all</source>
        <translation>&lt;b&gt;Roles&lt;/b&gt; — de %1 a %2 roles, como máximo %3 puestos en total</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Minimum tier</source>
        <translation>Nivel mínimo</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Pay per seat</source>
        <translation>Pago por puesto</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Add &amp;role</source>
        <translation>Añadir &amp;rol</translation>
    </message>
    <message>
        <source>&amp;Post and hold the escrow</source>
        <translation>P&amp;ublicar y retener el depósito</translation>
    </message>
    <message>
        <source>e.g. tester</source>
        <translation>p. ej. probador</translation>
    </message>
    <message>
        <source>e.g. Software Testing</source>
        <translation>p. ej. Pruebas de software</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this role</source>
        <translation>Quitar este rol</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Puestos: %1</translation>
    </message>
    <message>
        <source>Escrow: &lt;b&gt;%1&lt;/b&gt; (pay %2 + fees %3)</source>
        <translation>Depósito: &lt;b&gt;%1&lt;/b&gt; (pago %2 + tasas %3)</translation>
    </message>
    <message>
        <source>Your balance: %1</source>
        <translation>Tu saldo: %1</translation>
    </message>
    <message>
        <source>Your balance is %1 short of the escrow.</source>
        <translation>A tu saldo le faltan %1 para cubrir el depósito.</translation>
    </message>
    <message>
        <source>role name</source>
        <translation>nombre del rol</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>habilidad</translation>
    </message>
    <message>
        <source>minimum tier</source>
        <translation>nivel mínimo</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>puestos</translation>
    </message>
    <message>
        <source>pay</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>Role %1, %2</source>
        <translation>Rol %1, %2</translation>
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
        <translation>Rechazar la entrega del equipo</translation>
    </message>
    <message>
        <source>Rejecting opens one conflict panel of gold arbiters for the whole delivery; none of them sat on a team with its members. Every member is paid their role&apos;s pay whatever the panel decides: its verdict only sets how much counts as the team&apos;s mistake and what you are charged.</source>
        <translation>Al rechazarla se abre un único tribunal de conflicto de árbitros de oro para toda la entrega; ninguno de ellos ha formado parte de un equipo con sus miembros. Cada miembro cobra el pago de su rol decida lo que decida el tribunal: su veredicto solo determina qué parte se considera error del equipo y cuánto se te cobra.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elige un motivo…</translation>
    </message>
    <message>
        <source>&amp;Written reason</source>
        <translation>Motivo &amp;escrito</translation>
    </message>
    <message>
        <source>Quote the brief and say how the delivery misses it.</source>
        <translation>Cita la descripción y explica en qué no la cumple la entrega.</translation>
    </message>
    <message>
        <source>Reject and open a panel</source>
        <translation>Rechazar y abrir un tribunal</translation>
    </message>
    <message>
        <source>choose a reason</source>
        <translation>elegir un motivo</translation>
    </message>
    <message>
        <source>write the reason</source>
        <translation>escribir el motivo</translation>
    </message>
    <message>
        <source>shorten the reason to %1 characters</source>
        <translation>acortar el motivo a %1 caracteres</translation>
    </message>
    <message>
        <source>Still to do: %1.</source>
        <translation>Falta: %1.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamRequestsPage</name>
    <message>
        <source>Your team tasks</source>
        <translation>Tus tareas de equipo</translation>
    </message>
    <message>
        <source>You have posted no team task yet.</source>
        <translation>Aún no has publicado ninguna tarea de equipo.</translation>
    </message>
    <message>
        <source>Choose a team task to see its team and delivery.</source>
        <translation>Elige una tarea de equipo para ver su equipo y su entrega.</translation>
    </message>
    <message>
        <source>Delivered answer</source>
        <translation>Respuesta entregada</translation>
    </message>
    <message>
        <source>&amp;Approve and pay the team</source>
        <translation>&amp;Aprobar y pagar al equipo</translation>
    </message>
    <message>
        <source>Team tasks</source>
        <translation>Tareas de equipo</translation>
    </message>
    <message>
        <source>%1 · deadline %2 · %3</source>
        <translation>%1 · plazo: %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The team has not formed yet.</source>
        <translation>El equipo aún no se ha formado.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Equipo: %1</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>You see the team&apos;s answer here once every member has signed it (or every role has submitted its part).</source>
        <translation>Aquí verás la respuesta del equipo cuando todos sus miembros la hayan firmado (o cada rol haya enviado su parte).</translation>
    </message>
    <message>
        <source>— %1 (%2) —</source>
        <translation>— %1 (%2) —</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Could not keep this change: %1</source>
        <translation>No se pudo guardar este cambio: %1</translation>
    </message>
    <message>
        <source>Approved. Each member is paid when the marketplace confirms it.</source>
        <translation>Aprobado. Cada miembro cobrará cuando el mercado lo confirme.</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Opens one conflict panel of gold arbiters for the whole delivery; every member is paid either way.</source>
        <translation>Abre un único tribunal de conflicto de árbitros de oro para toda la entrega; cada miembro cobra en cualquier caso.</translation>
    </message>
    <message>
        <source>&amp;Invite an earlier team…</source>
        <translation>&amp;Invitar a un equipo anterior…</translation>
    </message>
    <message>
        <source>&amp;New team task…</source>
        <translation>&amp;Nueva tarea de equipo…</translation>
    </message>
    <message>
        <source>Your flash teams: workers take the seats you posted; once every seat is taken the team works together and delivers. Approving a delivery pays each role from its escrow; rejecting it opens one conflict panel for the whole delivery.</source>
        <translation>Tus equipos relámpago: los trabajadores ocupan los puestos que publicaste; cuando todos están ocupados, el equipo trabaja en conjunto y entrega. Al aprobar una entrega se paga a cada rol desde su depósito; al rechazarla se abre un único tribunal de conflicto para toda la entrega.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>“%1” was not posted: the escrow needs %2 but your balance is %3. Nothing was held.</source>
        <translation>«%1» no se publicó: el depósito necesita %2, pero tu saldo es %3. No se ha retenido nada.</translation>
    </message>
    <message>
        <source>“%1” was not posted: %2</source>
        <translation>«%1» no se publicó: %2</translation>
    </message>
    <message numerus="yes">
        <source> · %n reserved for invitees</source>
        <translation>
            <numerusform> · %n reservado para invitados</numerusform>
            <numerusform> · %n reservados para invitados</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no earlier team whose delivery you approved.</source>
        <translation>No tienes ningún equipo anterior cuya entrega hayas aprobado.</translation>
    </message>
    <message>
        <source>This team task has already invited an earlier team.</source>
        <translation>Esta tarea de equipo ya ha invitado a un equipo anterior.</translation>
    </message>
    <message>
        <source>Reserve seats for the members of a team whose delivery you approved.</source>
        <translation>Reserva puestos para los miembros de un equipo cuya entrega aprobaste.</translation>
    </message>
    <message>
        <source>The marketplace refused your last change to this team: %1. It is listed under Needs attention.</source>
        <translation>El mercado rechazó tu último cambio en este equipo: %1. Aparece en Requiere atención.</translation>
    </message>
    <message>
        <source>In conflict: a panel of gold arbiters judges the whole delivery. Every member is paid; the verdict sets what you are charged.</source>
        <translation>En conflicto: un tribunal de árbitros de oro juzga toda la entrega. Cada miembro cobra; el veredicto determina cuánto se te cobra.</translation>
    </message>
    <message>
        <source>Approved: each member was paid their role&apos;s pay.</source>
        <translation>Aprobado: cada miembro cobró el pago de su rol.</translation>
    </message>
    <message>
        <source>Settled: the panel has closed and the escrow is settled.</source>
        <translation>Resuelto: el tribunal se ha cerrado y el depósito se ha liquidado.</translation>
    </message>
    <message>
        <source>No earlier team to invite: you have approved no team&apos;s delivery yet.</source>
        <translation>No hay ningún equipo anterior al que invitar: aún no has aprobado la entrega de ningún equipo.</translation>
    </message>
    <message>
        <source>Rejected. A conflict panel opens for the whole delivery when the marketplace confirms it.</source>
        <translation>Rechazado. Se abrirá un tribunal de conflicto para toda la entrega cuando el mercado lo confirme.</translation>
    </message>
    <message>
        <source>Invited. The members see their reserved seats once the marketplace confirms it.</source>
        <translation>Invitado. Los miembros verán sus puestos reservados cuando el mercado lo confirme.</translation>
    </message>
    <message>
        <source>Fee (butterfly)</source>
        <translation>Tasa (mariposa)</translation>
    </message>
    <message>
        <source>Fee (caterpillar)</source>
        <translation>Tasa (oruga)</translation>
    </message>
    <message>
        <source>Posted. Workers see the team task once the marketplace confirms it and holds the escrow.</source>
        <translation>Publicada. Los trabajadores verán la tarea de equipo cuando el mercado la confirme y retenga el depósito.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n seat(s) taken, %3 each</source>
        <translation>
            <numerusform>%1: %2 de %n puesto ocupado, %3 cada uno</numerusform>
            <numerusform>%1: %2 de %n puestos ocupados, %3 cada uno</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamRoomModel</name>
    <message>
        <source>You are not a member of this team.</source>
        <translation>No eres miembro de este equipo.</translation>
    </message>
    <message>
        <source>The draft can no longer be changed.</source>
        <translation>El borrador ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>The draft is longer than %1 characters.</source>
        <translation>El borrador supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>%1 caracteres como máximo</translation>
    </message>
    <message>
        <source>The team&apos;s thread is closed.</source>
        <translation>La conversación del equipo está cerrada.</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>Escribe un mensaje primero.</translation>
    </message>
    <message>
        <source>not blank</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>A message holds at most %1 characters.</source>
        <translation>Un mensaje admite como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The team has already delivered.</source>
        <translation>El equipo ya ha entregado.</translation>
    </message>
    <message>
        <source>This team delivers one part per role: submit your part instead.</source>
        <translation>Este equipo entrega una parte por rol: envía tu parte en su lugar.</translation>
    </message>
    <message>
        <source>Save the draft before signing it.</source>
        <translation>Guarda el borrador antes de firmarlo.</translation>
    </message>
    <message>
        <source>This team delivers one shared answer: sign the draft instead.</source>
        <translation>Este equipo entrega una única respuesta común: firma el borrador en su lugar.</translation>
    </message>
    <message>
        <source>Write your part first.</source>
        <translation>Escribe tu parte primero.</translation>
    </message>
    <message>
        <source>A part holds at most %1 characters.</source>
        <translation>Una parte admite como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamRoomView</name>
    <message>
        <source>Shared draft</source>
        <translation>Borrador común</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>Nobody has written anything yet. Start the team&apos;s answer here and save it.</source>
        <translation>Nadie ha escrito nada todavía. Empieza aquí la respuesta del equipo y guárdala.</translation>
    </message>
    <message>
        <source>Your conflicted copy</source>
        <translation>Tu copia en conflicto</translation>
    </message>
    <message>
        <source>&amp;Use my text</source>
        <translation>&amp;Usar mi texto</translation>
    </message>
    <message>
        <source>Discard my copy</source>
        <translation>Descartar mi copia</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Team messages</source>
        <translation>Mensajes del equipo</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <source>Write to your team (Ctrl+Enter sends)</source>
        <translation>Escribe a tu equipo (Ctrl+Intro para enviar)</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>The requester wrote no brief.</source>
        <translation>El solicitante no escribió ninguna descripción.</translation>
    </message>
    <message>
        <source>%1 (%2, you)</source>
        <translation>%1 (%2, tú)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Team: %1 · %2</source>
        <translation>Equipo: %1 · %2</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <source>version %1 was saved while you edited version %2: saving keeps your text as a conflicted copy</source>
        <translation>se guardó la versión %1 mientras editabas la %2: al guardar, tu texto se conservará como copia en conflicto</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>Another member saved first, so your save of %1 (on version %2) was not applied. Your text is kept here:</source>
        <translation>Otro miembro guardó antes, así que no se aplicaron los cambios que guardaste el %1 (sobre la versión %2). Tu texto se conserva aquí:</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 · %2 · %3 · %n characters</source>
        <translation>
            <numerusform>Versión %1 · %2 · %3 · %n carácter</numerusform>
            <numerusform>Versión %1 · %2 · %3 · %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>No edits yet.</source>
        <translation>Aún no hay cambios.</translation>
    </message>
    <message>
        <source>%1: submitted by %2</source>
        <translation>%1: enviada por %2</translation>
    </message>
    <message>
        <source>%1: not submitted yet</source>
        <translation>%1: aún sin enviar</translation>
    </message>
    <message>
        <source>Submit &amp;my part</source>
        <translation>Enviar &amp;mi parte</translation>
    </message>
    <message>
        <source>Sends the text in the editor as your role&apos;s part.</source>
        <translation>Envía el texto del editor como la parte de tu rol.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <source>%1: not signed yet</source>
        <translation>%1: aún no ha firmado</translation>
    </message>
    <message>
        <source>%1: signed this version</source>
        <translation>%1: firmó esta versión</translation>
    </message>
    <message>
        <source>%1: signed version %2, an older one</source>
        <translation>%1: firmó la versión %2, que es anterior</translation>
    </message>
    <message>
        <source>Si&amp;gn version %1</source>
        <translation>&amp;Firmar versión %1</translation>
    </message>
    <message>
        <source>The team delivers when every member has signed the same version.</source>
        <translation>El equipo entrega cuando todos sus miembros han firmado la misma versión.</translation>
    </message>
    <message>
        <source>Delivered: waiting for the requester&apos;s approval.</source>
        <translation>Entregado: a la espera de la aprobación del solicitante.</translation>
    </message>
    <message>
        <source>Approved: the pay of each role is in its members&apos; earnings.</source>
        <translation>Aprobado: el pago de cada rol ya figura en las ganancias de sus miembros.</translation>
    </message>
    <message>
        <source>You signed version %1</source>
        <translation>Firmaste la versión %1</translation>
    </message>
    <message>
        <source>%1 · waiting to sync</source>
        <translation>%1 · pendiente de sincronizar</translation>
    </message>
    <message>
        <source>No messages yet. Say hello and agree who does what.</source>
        <translation>Aún no hay mensajes. Saluda y poneos de acuerdo en quién hace qué.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
    <message>
        <source>Could not keep this change: %1</source>
        <translation>No se pudo guardar este cambio: %1</translation>
    </message>
    <message>
        <source>Draft saved. It reaches your team with the next sync.</source>
        <translation>Borrador guardado. Llegará a tu equipo con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Your part is submitted.</source>
        <translation>Tu parte se ha enviado.</translation>
    </message>
    <message>
        <source>You signed version %1.</source>
        <translation>Firmaste la versión %1.</translation>
    </message>
    <message>
        <source>Your text is back in the editor. Merge it with version %1 and save.</source>
        <translation>Tu texto vuelve a estar en el editor. Combínalo con la versión %1 y guarda.</translation>
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
            <numerusform>queda %n</numerusform>
            <numerusform>quedan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · you: %2</source>
        <translation>%1 · tú: %2</translation>
    </message>
    <message>
        <source>%1 · invited as %2</source>
        <translation>%1 · invitado como %2</translation>
    </message>
    <message>
        <source>Team task</source>
        <translation>Tarea de equipo</translation>
    </message>
    <message>
        <source>Roles and pay</source>
        <translation>Roles y pago</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>This team task is no longer shown to you.</source>
        <translation>Esta tarea de equipo ya no se te muestra.</translation>
    </message>
    <message>
        <source>This team is no longer taking members.</source>
        <translation>Este equipo ya no admite miembros.</translation>
    </message>
    <message>
        <source>You already hold a seat on this team.</source>
        <translation>Ya ocupas un puesto en este equipo.</translation>
    </message>
    <message>
        <source>This team has no role “%1”.</source>
        <translation>Este equipo no tiene el rol «%1».</translation>
    </message>
    <message>
        <source>You hold no seat on this team.</source>
        <translation>No ocupas ningún puesto en este equipo.</translation>
    </message>
    <message>
        <source>The team has formed: seats are kept until it delivers.</source>
        <translation>El equipo ya se ha formado: los puestos se mantienen hasta que entregue.</translation>
    </message>
    <message>
        <source>You have no pending invitation to this team.</source>
        <translation>No tienes ninguna invitación pendiente para este equipo.</translation>
    </message>
    <message>
        <source>Only a delivered team can be approved.</source>
        <translation>Solo se puede aprobar un equipo que ya haya entregado.</translation>
    </message>
    <message>
        <source>needs %1 tier or higher</source>
        <translation>requiere nivel %1 o superior</translation>
    </message>
    <message>
        <source>your profile does not list the skill “%1”</source>
        <translation>tu perfil no incluye la habilidad «%1»</translation>
    </message>
    <message>
        <source>every seat of this role is taken</source>
        <translation>todos los puestos de este rol están ocupados</translation>
    </message>
    <message>
        <source>you already hold a seat on this team</source>
        <translation>ya ocupas un puesto en este equipo</translation>
    </message>
    <message>
        <source>it is your own team task</source>
        <translation>es tu propia tarea de equipo</translation>
    </message>
    <message>
        <source>your account is suspended</source>
        <translation>tu cuenta está suspendida</translation>
    </message>
    <message>
        <source>Assembling</source>
        <translation>En formación</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Formado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Disuelto</translation>
    </message>
    <message>
        <source>bronze</source>
        <translation>bronce</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>plata</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>oro</translation>
    </message>
    <message>
        <source>one shared answer, signed by every member</source>
        <translation>una respuesta común, firmada por todos los miembros</translation>
    </message>
    <message>
        <source>one part per role</source>
        <translation>una parte por rol</translation>
    </message>
    <message>
        <source>Give the team task a title.</source>
        <translation>Ponle un título a la tarea de equipo.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>El título supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>The brief is longer than %1 characters.</source>
        <translation>La descripción supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose how the team delivers.</source>
        <translation>Elige cómo entrega el equipo.</translation>
    </message>
    <message>
        <source>The deadline must be in the future.</source>
        <translation>El plazo debe ser una fecha futura.</translation>
    </message>
    <message>
        <source>The deadline is at most %1 days away.</source>
        <translation>El plazo no puede superar los %1 días.</translation>
    </message>
    <message>
        <source>A team has 1 to %1 roles.</source>
        <translation>Un equipo tiene de 1 a %1 roles.</translation>
    </message>
    <message>
        <source>Name the role.</source>
        <translation>Ponle nombre al rol.</translation>
    </message>
    <message>
        <source>The role name is longer than %1 characters.</source>
        <translation>El nombre del rol supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>Another role is already called “%1”.</source>
        <translation>Ya hay otro rol llamado «%1».</translation>
    </message>
    <message>
        <source>Name the skill the role needs.</source>
        <translation>Indica la habilidad que necesita el rol.</translation>
    </message>
    <message>
        <source>The skill is longer than %1 characters.</source>
        <translation>La habilidad supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose bronze, silver or gold.</source>
        <translation>Elige bronce, plata u oro.</translation>
    </message>
    <message>
        <source>A role has 1 to %1 seats.</source>
        <translation>Un rol tiene de 1 a %1 puestos.</translation>
    </message>
    <message>
        <source>Pay each seat between %1 and %2.</source>
        <translation>Paga por cada puesto entre %1 y %2.</translation>
    </message>
    <message>
        <source>A team has at most %1 seats in all; this one has %2.</source>
        <translation>Un equipo tiene como máximo %1 puestos en total; este tiene %2.</translation>
    </message>
    <message>
        <source>The team task cannot be posted yet.</source>
        <translation>La tarea de equipo aún no se puede publicar.</translation>
    </message>
    <message>
        <source>The escrow is beyond the largest amount the ledger takes.</source>
        <translation>El depósito supera el importe máximo que admite el libro contable.</translation>
    </message>
    <message>
        <source>The escrow of %1 is more than your balance of %2.</source>
        <translation>El depósito de %1 supera tu saldo de %2.</translation>
    </message>
    <message>
        <source>Only a delivered team can be rejected.</source>
        <translation>Solo se puede rechazar un equipo que ya haya entregado.</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Elige un motivo.</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>Escribe el motivo.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>El motivo supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>The rejection is not complete.</source>
        <translation>El rechazo no está completo.</translation>
    </message>
    <message>
        <source>Only an assembling team can invite an earlier team.</source>
        <translation>Solo se puede invitar a un equipo anterior mientras el equipo está en formación.</translation>
    </message>
    <message>
        <source>This team task has already invited an earlier team.</source>
        <translation>Esta tarea de equipo ya ha invitado a un equipo anterior.</translation>
    </message>
    <message>
        <source>Invitations were already sent.</source>
        <translation>Las invitaciones ya se enviaron.</translation>
    </message>
    <message>
        <source>You can invite only an earlier team whose delivery you approved.</source>
        <translation>Solo puedes invitar a un equipo anterior cuya entrega hayas aprobado.</translation>
    </message>
    <message>
        <source>Not an approved team of yours.</source>
        <translation>No es uno de tus equipos aprobados.</translation>
    </message>
    <message>
        <source>No member of that team held a role that has a free seat here.</source>
        <translation>Ningún miembro de ese equipo desempeñó un rol con puestos libres aquí.</translation>
    </message>
    <message>
        <source>No matching free seat.</source>
        <translation>No hay ningún puesto libre que coincida.</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Resuelto</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TeamsPage</name>
    <message>
        <source>Team tasks</source>
        <translation>Tareas de equipo</translation>
    </message>
    <message>
        <source>No team task is open to you. When a requester posts a flash team whose roles fit your tier, it appears here; add skills to your profile to qualify for more roles.</source>
        <translation>No tienes ninguna tarea de equipo disponible. Cuando un solicitante publique un equipo relámpago con roles acordes a tu nivel, aparecerá aquí; añade habilidades a tu perfil para optar a más roles.</translation>
    </message>
    <message>
        <source>Choose a team task to see its roles.</source>
        <translation>Elige una tarea de equipo para ver sus roles.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Leave the team</source>
        <translation>&amp;Salir del equipo</translation>
    </message>
    <message>
        <source>Flash teams</source>
        <translation>Equipos relámpago</translation>
    </message>
    <message>
        <source>Take a seat in a team of workers with the skills a task needs. A team forms when every seat is taken; its members then write one answer together, and each role is paid when the requester approves it.</source>
        <translation>Ocupa un puesto en un equipo de trabajadores con las habilidades que necesita una tarea. El equipo se forma cuando todos los puestos están ocupados; entonces sus miembros escriben juntos una única respuesta y cada rol cobra cuando el solicitante la aprueba.</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>The marketplace refused your last change to this team: %1. It is listed under Needs attention.</source>
        <translation>El mercado rechazó tu último cambio en este equipo: %1. Aparece en Requiere atención.</translation>
    </message>
    <message>
        <source>The requester wrote no brief.</source>
        <translation>El solicitante no escribió ninguna descripción.</translation>
    </message>
    <message>
        <source>Deadline %1 · %2 · %3 of %4 seats taken · %5</source>
        <translation>Plazo: %1 · %2 · %3 de %4 puestos ocupados · %5</translation>
    </message>
    <message>
        <source>The requester invites you back as %1: a seat is kept for you until %2.</source>
        <translation>El solicitante te invita a volver como %1: se te guarda un puesto hasta el %2.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Minimum tier</source>
        <translation>Nivel mínimo</translation>
    </message>
    <message>
        <source>Pay per seat</source>
        <translation>Pago por puesto</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Puestos libres</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Your seat</source>
        <translation>Tu puesto</translation>
    </message>
    <message>
        <source>Reserved for you: accept the invitation above</source>
        <translation>Reservado para ti: acepta la invitación de arriba</translation>
    </message>
    <message>
        <source>Join as %1</source>
        <translation>Unirme como %1</translation>
    </message>
    <message>
        <source>you hold the %1 seat, and a team has one seat per worker</source>
        <translation>ocupas el puesto de %1 y cada trabajador solo puede ocupar un puesto por equipo</translation>
    </message>
    <message>
        <source>Closed to you: %1</source>
        <translation>No disponible para ti: %1</translation>
    </message>
    <message>
        <source>You hold a %1 seat. The team forms when every seat is taken; until then you can leave.</source>
        <translation>Ocupas un puesto de %1. El equipo se forma cuando todos los puestos están ocupados; hasta entonces puedes salir.</translation>
    </message>
    <message>
        <source>This team dissolved before it delivered.</source>
        <translation>Este equipo se disolvió antes de entregar.</translation>
    </message>
    <message>
        <source>Waiting to sync.</source>
        <translation>Pendiente de sincronizar.</translation>
    </message>
    <message>
        <source>Could not keep this change: %1</source>
        <translation>No se pudo guardar este cambio: %1</translation>
    </message>
    <message>
        <source>You took a %1 seat. The server confirms it with the next sync.</source>
        <translation>Ocupaste un puesto de %1. El servidor lo confirmará con la próxima sincronización.</translation>
    </message>
    <message>
        <source>You gave your seat back.</source>
        <translation>Dejaste tu puesto libre.</translation>
    </message>
    <message>
        <source>You declined the invitation; the seat is open to others again.</source>
        <translation>Rechazaste la invitación; el puesto vuelve a estar disponible para otros.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TextFieldEditor</name>
    <message>
        <source>Your answer (required)</source>
        <translation>Tu respuesta (obligatoria)</translation>
    </message>
    <message>
        <source>Your answer (optional)</source>
        <translation>Tu respuesta (opcional)</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
    <message>
        <source>%1 characters, at least %2</source>
        <translation>%1 caracteres, al menos %2</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TokenVault</name>
    <message>
        <source>No keychain service is running, so your sign-in is kept for this session only; you will be asked for your password next time.</source>
        <translation>No hay ningún servicio de llavero en marcha, así que tu inicio de sesión solo se guarda durante esta sesión; la próxima vez se te pedirá la contraseña.</translation>
    </message>
    <message>
        <source>No saved sign-in.</source>
        <translation>No hay ningún inicio de sesión guardado.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::Tour</name>
    <message>
        <source>Tour</source>
        <translation>Visita guiada</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Saltar la visita</translation>
    </message>
    <message>
        <source>End the tour (Esc). Help → Take the tour starts it again.</source>
        <translation>Terminar la visita (Esc). Ayuda → Visita guiada la vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Your task queue</source>
        <translation>Tu cola de tareas</translation>
    </message>
    <message>
        <source>These are the tasks you may take, with the pay per item, the time it should take and the hourly pay that works out to. If a task is not offered to you, select it and ask “Why can&apos;t I take this?”.</source>
        <translation>Estas son las tareas que puedes tomar, con el pago por elemento, el tiempo que debería llevarte y el pago por hora que sale. Si no se te ofrece una tarea, selecciónala y pregunta «¿Por qué no puedo tomarla?».</translation>
    </message>
    <message>
        <source>Claim a batch</source>
        <translation>Toma un lote</translation>
    </message>
    <message>
        <source>Pick how many items you want and claim them. Each claim is a lease: the items are kept for you until its countdown runs out, so you can work on them offline.</source>
        <translation>Elige cuántos elementos quieres y tómalos. Cada solicitud es una reserva: los elementos se guardan para ti hasta que termina su cuenta atrás, así que puedes trabajar en ellos sin conexión.</translation>
    </message>
    <message>
        <source>Answer by keyboard</source>
        <translation>Responde con el teclado</translation>
    </message>
    <message>
        <source>The item and its answer form are here. Ctrl+Enter submits and moves on; what you type is kept as a draft. If the task itself is framed wrongly, propose a reframing.</source>
        <translation>Aquí están el elemento y su formulario de respuesta. Ctrl+Intro envía y pasa al siguiente; lo que escribes se guarda como borrador. Si la propia tarea está mal planteada, propón un replanteamiento.</translation>
    </message>
    <message>
        <source>Offline is fine</source>
        <translation>Sin conexión, sin problema</translation>
    </message>
    <message>
        <source>Your answers are saved on this computer first and wait here until the marketplace has them. Chrysalis syncs by itself when you are online; F5 syncs now.</source>
        <translation>Tus respuestas se guardan primero en este equipo y esperan aquí hasta que el mercado las tenga. Chrysalis sincroniza solo cuando tienes conexión; F5 sincroniza al momento.</translation>
    </message>
    <message>
        <source>Where each answer stands</source>
        <translation>En qué punto está cada respuesta</translation>
    </message>
    <message>
        <source>My work lists every answer you gave: waiting to sync, waiting for review, approved or in conflict. A rejected answer goes to a panel of gold arbiters, and you are paid for it either way.</source>
        <translation>Mi trabajo recoge todas las respuestas que has dado: pendientes de sincronizar, pendientes de revisión, aprobadas o en conflicto. Una respuesta rechazada pasa a un tribunal de árbitros de oro, y cobras por ella en cualquier caso.</translation>
    </message>
    <message>
        <source>Your own figures</source>
        <translation>Tus propias cifras</translation>
    </message>
    <message>
        <source>Fair work shows what you really earn per hour, your approval rate, conflicts won and lost, and how much of your mistake-pay allowance is used.</source>
        <translation>Trabajo justo muestra lo que ganas de verdad por hora, tu tasa de aprobación, los conflictos ganados y perdidos y cuánto has usado de tu margen de pago por errores.</translation>
    </message>
    <message>
        <source>Tiers, skills and content</source>
        <translation>Niveles, habilidades y contenido</translation>
    </message>
    <message>
        <source>See how close you are to the next tier; promotion is offered, never forced. Add your skills and choose which content warnings you agree to see.</source>
        <translation>Mira cuánto te falta para el siguiente nivel; el ascenso se ofrece, nunca se impone. Añade tus habilidades y elige qué avisos de contenido aceptas ver.</translation>
    </message>
    <message>
        <source>Conflicts to judge</source>
        <translation>Conflictos que juzgar</translation>
    </message>
    <message>
        <source>As a gold worker you sit on panels that judge rejected answers. Every rejection comes here, not only the ones a requester thinks twice about.</source>
        <translation>Como trabajador de oro, formas parte de tribunales que juzgan respuestas rechazadas. Aquí llegan todos los rechazos, no solo los que un solicitante se piensa dos veces.</translation>
    </message>
    <message>
        <source>Open panels</source>
        <translation>Tribunales abiertos</translation>
    </message>
    <message>
        <source>Panels you may sit on are listed here. Enter opens one: you see the task revision the worker saw, the item, the answer and the reason for the rejection.</source>
        <translation>Aquí aparecen los tribunales en los que puedes participar. Intro abre uno: ves la revisión de la tarea que vio el trabajador, el elemento, la respuesta y el motivo del rechazo.</translation>
    </message>
    <message>
        <source>Vote blind, with a reason</source>
        <translation>Vota en secreto y justifícalo</translation>
    </message>
    <message>
        <source>Decide whether the worker or the requester was at fault and write why. Nobody sees another vote before the panel closes, and a vote cannot be changed. Votes cast offline are sent with the next sync.</source>
        <translation>Decide si la culpa fue del trabajador o del solicitante y escribe por qué. Nadie ve los votos de los demás antes de que se cierre el tribunal, y un voto no se puede cambiar. Los votos emitidos sin conexión se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Paid for every vote</source>
        <translation>Cobras cada voto</translation>
    </message>
    <message>
        <source>Each vote counted earns the arbitration pay. Money shows it beside your other earnings, line by line.</source>
        <translation>Cada voto contabilizado recibe el pago por arbitraje. Dinero lo muestra junto a tus demás ganancias, asiento por asiento.</translation>
    </message>
    <message>
        <source>How you agree with panels</source>
        <translation>Tu acuerdo con los tribunales</translation>
    </message>
    <message>
        <source>When a panel closes you see the outcome and the other arbiters&apos; rationales. Fair work counts how often your votes agreed with the panel.</source>
        <translation>Cuando se cierra un tribunal, ves el resultado y las justificaciones de los demás árbitros. Trabajo justo cuenta cuántas veces tus votos coincidieron con el del tribunal.</translation>
    </message>
    <message>
        <source>Your tasks</source>
        <translation>Tus tareas</translation>
    </message>
    <message>
        <source>My tasks holds your drafts and published tasks. Drafts are saved on this computer, so you can write them offline.</source>
        <translation>Mis tareas reúne tus borradores y tus tareas publicadas. Los borradores se guardan en este equipo, así que puedes escribirlos sin conexión.</translation>
    </message>
    <message>
        <source>The task editor</source>
        <translation>El editor de tareas</translation>
    </message>
    <message>
        <source>Write the title and instructions, build the answer form, set the pay and import items from JSONL or CSV. The price panel shows what publishing will reserve, fee included.</source>
        <translation>Escribe el título y las instrucciones, crea el formulario de respuesta, fija el pago e importa elementos desde JSONL o CSV. El recuadro Precio muestra cuánto quedará en depósito al publicar, tasa incluida.</translation>
    </message>
    <message>
        <source>Feedback on your task</source>
        <translation>Comentarios sobre tu tarea</translation>
    </message>
    <message>
        <source>An experienced worker marks up a caterpillar&apos;s task before it goes out. The preview shows each change as a diff; accept or reject them one by one, then publish.</source>
        <translation>Un trabajador experimentado revisa y anota la tarea de un solicitante oruga antes de que se publique. La vista previa muestra cada cambio frente al original; acéptalos o recházalos uno a uno y luego publica.</translation>
    </message>
    <message>
        <source>Review answers</source>
        <translation>Revisar respuestas</translation>
    </message>
    <message>
        <source>Approve with A, reject with R. A rejection needs a reason and goes to a panel of arbiters; answers you do not review are approved after a few days.</source>
        <translation>Aprueba con A y rechaza con R. Un rechazo necesita un motivo y pasa a un tribunal de árbitros; las respuestas que no revises se aprueban al cabo de unos días.</translation>
    </message>
    <message>
        <source>Standing and points</source>
        <translation>Categoría y puntos</translation>
    </message>
    <message>
        <source>Points move you from caterpillar to butterfly. The leaderboard shows the top butterfly requesters, and your own standing shows what earned and cost you points.</source>
        <translation>Los puntos te llevan de oruga a mariposa. La clasificación muestra a los mejores solicitantes mariposa, y tu propia categoría muestra qué te dio y qué te quitó puntos.</translation>
    </message>
    <message>
        <source>Saved here, sent when online</source>
        <translation>Se guarda aquí y se envía con conexión</translation>
    </message>
    <message>
        <source>Drafts, reviews and decisions on feedback wait here until the marketplace has them. Nothing is lost while you are offline.</source>
        <translation>Los borradores, las revisiones y las decisiones sobre comentarios esperan aquí hasta que el mercado los tenga. No se pierde nada mientras estás sin conexión.</translation>
    </message>
    <message>
        <source>Welcome to Chrysalis</source>
        <translation>Te damos la bienvenida a Chrysalis</translation>
    </message>
    <message>
        <source>A short look at where things are. Use the arrow keys or Enter to move on, and Esc to leave the tour at any time.</source>
        <translation>Un vistazo rápido a dónde está cada cosa. Usa las flechas o Intro para avanzar, y Esc para salir de la visita cuando quieras.</translation>
    </message>
    <message>
        <source>Help is here</source>
        <translation>Aquí tienes ayuda</translation>
    </message>
    <message>
        <source>Help → Take the tour shows this again. Help → User guide explains every page, and F1 lists the keyboard shortcuts.</source>
        <translation>Ayuda → Visita guiada vuelve a mostrar esto. Ayuda → Guía del usuario explica cada página, y F1 muestra los atajos de teclado.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::TrainingFeedback</name>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(an answer)</source>
        <translation>(una respuesta)</translation>
    </message>
    <message>
        <source>Training item: your answer was right.</source>
        <translation>Elemento de práctica: tu respuesta es correcta.</translation>
    </message>
    <message>
        <source>Training item: your answer differs from the expected one.</source>
        <translation>Elemento de práctica: tu respuesta no coincide con la esperada.</translation>
    </message>
    <message>
        <source>%1 — expected: %2; yours: %3</source>
        <translation>%1 — esperada: %2; la tuya: %3</translation>
    </message>
    <message>
        <source>Training items are not scored: they show what the requester expects.</source>
        <translation>Los elementos de práctica no se puntúan: muestran lo que espera el solicitante.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::Validation</name>
    <message>
        <source>invalid username</source>
        <translation>nombre de usuario no válido</translation>
    </message>
    <message>
        <source>must be 3 to 32 characters long</source>
        <translation>debe tener entre 3 y 32 caracteres</translation>
    </message>
    <message>
        <source>must start with a letter a-z</source>
        <translation>debe empezar por una letra a-z</translation>
    </message>
    <message>
        <source>may hold only a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>solo puede contener a-z, 0-9, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>is required to reject an answer</source>
        <translation>es obligatorio para rechazar una respuesta</translation>
    </message>
    <message>
        <source>a rejection needs a written reason</source>
        <translation>un rechazo necesita un motivo escrito</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>debe tener como máximo %n carácter</numerusform>
            <numerusform>debe tener como máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>the review breaks its rules</source>
        <translation>la revisión no cumple las reglas</translation>
    </message>
    <message>
        <source>the vote breaks its rules</source>
        <translation>el voto no cumple las reglas</translation>
    </message>
    <message>
        <source>a vote needs a written rationale</source>
        <translation>un voto necesita una justificación escrita</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters of a-z, 0-9 and _</source>
        <translation>debe tener de 1 a %1 caracteres entre a-z, 0-9 y _</translation>
    </message>
    <message>
        <source>must hold 2 to %1 options</source>
        <translation>debe tener de 2 a %1 opciones</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>repeats an earlier option</source>
        <translation>repite una opción anterior</translation>
    </message>
    <message>
        <source>must be greater than min</source>
        <translation>debe ser mayor que min</translation>
    </message>
    <message numerus="yes">
        <source>allows at most %n steps above min</source>
        <translation>
            <numerusform>admite como máximo %n paso por encima de min</numerusform>
            <numerusform>admite como máximo %n pasos por encima de min</numerusform>
        </translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>debe ser al menos 1</translation>
    </message>
    <message>
        <source>must not be less than min_length</source>
        <translation>no puede ser menor que min_length</translation>
    </message>
    <message>
        <source>must hold 1 to %1 labels</source>
        <translation>debe tener de 1 a %1 etiquetas</translation>
    </message>
    <message>
        <source>repeats an earlier label</source>
        <translation>repite una etiqueta anterior</translation>
    </message>
    <message>
        <source>must be one option value (a string)</source>
        <translation>debe ser un único valor de opción (una cadena)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options</source>
        <translation>«%1» no es ninguna de las opciones</translation>
    </message>
    <message>
        <source>must be an array of option values</source>
        <translation>debe ser una lista de valores de opción</translation>
    </message>
    <message>
        <source>must choose at least one option</source>
        <translation>hay que elegir al menos una opción</translation>
    </message>
    <message>
        <source>must be an option value (a string)</source>
        <translation>debe ser un valor de opción (una cadena)</translation>
    </message>
    <message>
        <source>repeats an earlier choice</source>
        <translation>repite una opción ya elegida</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>must be text (a string)</source>
        <translation>debe ser texto (una cadena)</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>no puede estar en blanco</translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n characters (has %1)</source>
        <translation>
            <numerusform>debe tener al menos %n carácter (tiene %1)</numerusform>
            <numerusform>debe tener al menos %n caracteres (tiene %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters (has %1)</source>
        <translation>
            <numerusform>debe tener como máximo %n carácter (tiene %1)</numerusform>
            <numerusform>debe tener como máximo %n caracteres (tiene %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>is not part of %1</source>
        <translation>no forma parte de %1</translation>
    </message>
    <message>
        <source>a pairwise answer</source>
        <translation>una respuesta de comparación por pares</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be the edited text (a string)</source>
        <translation>debe ser el texto editado (una cadena)</translation>
    </message>
    <message>
        <source>a span</source>
        <translation>un fragmento</translation>
    </message>
    <message>
        <source>must be one of the labels: %1</source>
        <translation>debe ser una de las etiquetas: %1</translation>
    </message>
    <message>
        <source>must be less than the text length %1</source>
        <translation>debe ser menor que la longitud del texto (%1)</translation>
    </message>
    <message>
        <source>falls inside a character</source>
        <translation>cae en medio de un carácter</translation>
    </message>
    <message>
        <source>must be greater than start</source>
        <translation>debe ser mayor que start</translation>
    </message>
    <message>
        <source>must not exceed the text length %1</source>
        <translation>no puede superar la longitud del texto (%1)</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>repite %1</translation>
    </message>
    <message>
        <source>is not used by a %1 field</source>
        <translation>no se usa en un campo %1</translation>
    </message>
    <message>
        <source>must have at least one field</source>
        <translation>debe tener al menos un campo</translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n fields</source>
        <translation>
            <numerusform>debe tener como máximo %n campo</numerusform>
            <numerusform>debe tener como máximo %n campos</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats the name of form[%1]</source>
        <translation>repite el nombre de form[%1]</translation>
    </message>
    <message>
        <source>the answer form is not well made</source>
        <translation>el formulario de respuesta está mal construido</translation>
    </message>
    <message>
        <source>the item has no text under &quot;%1&quot; to work on</source>
        <translation>el elemento no tiene texto en «%1» con el que trabajar</translation>
    </message>
    <message>
        <source>is not a field of this form</source>
        <translation>no es un campo de este formulario</translation>
    </message>
    <message>
        <source>malformed answer form</source>
        <translation>formulario de respuesta con formato incorrecto</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an RFC 3339 time</source>
        <translation>una fecha y hora RFC 3339</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <source>must be a lowercase UUID</source>
        <translation>debe ser un UUID en minúsculas</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be an RFC 3339 time such as 2025-03-01T09:30:00Z</source>
        <translation>debe ser una fecha y hora RFC 3339, p. ej. 2025-03-01T09:30:00Z</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>malformed %1</source>
        <translation>%1 con formato incorrecto</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>the task revision breaks its rules</source>
        <translation>la revisión de la tarea no cumple las reglas</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 debe ser positivo</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>debe ser positivo</translation>
    </message>
    <message>
        <source>escrow of %1 cents per answer slot is beyond the largest amount the ledger takes</source>
        <translation>un depósito de %1 céntimos por hueco de respuesta supera el importe máximo que admite el libro contable</translation>
    </message>
    <message>
        <source>a task needs at least one item</source>
        <translation>una tarea necesita al menos un elemento</translation>
    </message>
    <message>
        <source>cannot work out the escrow of this task</source>
        <translation>no se puede calcular el depósito de esta tarea</translation>
    </message>
    <message>
        <source>escrow of %1 slots × %2 cents is beyond the largest amount the ledger takes</source>
        <translation>un depósito de %1 huecos × %2 céntimos supera el importe máximo que admite el libro contable</translation>
    </message>
    <message>
        <source>publishing needs %1 cents in escrow but the balance is %2 cents</source>
        <translation>publicar requiere %1 céntimos en depósito, pero el saldo es de %2 céntimos</translation>
    </message>
    <message>
        <source>a claim needs at least one slot</source>
        <translation>una solicitud necesita al menos un hueco</translation>
    </message>
    <message>
        <source>must be at least 1 (got %1)</source>
        <translation>debe ser al menos 1 (se recibió %1)</translation>
    </message>
    <message numerus="yes">
        <source>a claim may take at most %n slots (asked for %1)</source>
        <translation>
            <numerusform>una solicitud puede tomar como máximo %n hueco (se pidieron %1)</numerusform>
            <numerusform>una solicitud puede tomar como máximo %n huecos (se pidieron %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>debe ser como máximo %1</translation>
    </message>
    <message>
        <source>a suspended account cannot be promoted</source>
        <translation>una cuenta suspendida no puede ascender</translation>
    </message>
    <message>
        <source>a suspended account cannot propose reframings</source>
        <translation>una cuenta suspendida no puede proponer replanteamientos</translation>
    </message>
    <message>
        <source>a suspended account cannot publish</source>
        <translation>una cuenta suspendida no puede publicar</translation>
    </message>
    <message>
        <source>every slot of this task is answered</source>
        <translation>todos los huecos de esta tarea tienen respuesta</translation>
    </message>
    <message>
        <source>is already the id of another vote</source>
        <translation>ya es el id de otro voto</translation>
    </message>
    <message>
        <source>items are added to drafts only</source>
        <translation>solo se pueden añadir elementos a los borradores</translation>
    </message>
    <message>
        <source>must hold at least one item</source>
        <translation>debe contener al menos un elemento</translation>
    </message>
    <message>
        <source>no answer with this id</source>
        <translation>no hay ninguna respuesta con este id</translation>
    </message>
    <message>
        <source>no conflict with this id</source>
        <translation>no hay ningún conflicto con este id</translation>
    </message>
    <message>
        <source>no draft with this id</source>
        <translation>no hay ningún borrador con este id</translation>
    </message>
    <message>
        <source>no feedback task with this id</source>
        <translation>no hay ninguna tarea de comentarios con este id</translation>
    </message>
    <message>
        <source>no reframe proposal with this id</source>
        <translation>no hay ninguna propuesta de replanteamiento con este id</translation>
    </message>
    <message>
        <source>no slot of this task is free</source>
        <translation>no queda ningún hueco libre en esta tarea</translation>
    </message>
    <message>
        <source>no task with this id</source>
        <translation>no hay ninguna tarea con este id</translation>
    </message>
    <message>
        <source>only requesters add items</source>
        <translation>solo los solicitantes pueden añadir elementos</translation>
    </message>
    <message>
        <source>only requesters draft tasks</source>
        <translation>solo los solicitantes pueden redactar tareas</translation>
    </message>
    <message>
        <source>only requesters publish tasks</source>
        <translation>solo los solicitantes pueden publicar tareas</translation>
    </message>
    <message>
        <source>only the task&apos;s requester resolves a proposal</source>
        <translation>solo el solicitante de la tarea puede resolver una propuesta</translation>
    </message>
    <message>
        <source>only the task&apos;s requester resolves its feedback</source>
        <translation>solo el solicitante de la tarea puede resolver sus comentarios</translation>
    </message>
    <message>
        <source>only the task&apos;s requester reviews its answers</source>
        <translation>solo el solicitante de la tarea puede revisar sus respuestas</translation>
    </message>
    <message>
        <source>only workers appear on worker boards</source>
        <translation>solo los trabajadores aparecen en las clasificaciones de trabajadores</translation>
    </message>
    <message>
        <source>only workers claim items</source>
        <translation>solo los trabajadores pueden tomar elementos</translation>
    </message>
    <message>
        <source>only workers do feedback tasks</source>
        <translation>solo los trabajadores pueden hacer tareas de comentarios</translation>
    </message>
    <message>
        <source>only workers hold tiers</source>
        <translation>solo los trabajadores tienen nivel</translation>
    </message>
    <message>
        <source>only workers propose reframings</source>
        <translation>solo los trabajadores pueden proponer replanteamientos</translation>
    </message>
    <message>
        <source>only workers request payouts</source>
        <translation>solo los trabajadores pueden solicitar cobros</translation>
    </message>
    <message>
        <source>only workers submit answers</source>
        <translation>solo los trabajadores pueden enviar respuestas</translation>
    </message>
    <message>
        <source>only workers who answered a task rate it</source>
        <translation>solo los trabajadores que respondieron una tarea pueden valorarla</translation>
    </message>
    <message>
        <source>some item ids are taken</source>
        <translation>algunos id de elemento ya están en uso</translation>
    </message>
    <message>
        <source>some items are invalid</source>
        <translation>algunos elementos no son válidos</translation>
    </message>
    <message>
        <source>the accepted hunks do not apply to the task</source>
        <translation>los cambios aceptados no se pueden aplicar a la tarea</translation>
    </message>
    <message>
        <source>the answer does not fit the task&apos;s form</source>
        <translation>la respuesta no se ajusta al formulario de la tarea</translation>
    </message>
    <message>
        <source>the answer id is taken</source>
        <translation>el id de la respuesta ya está en uso</translation>
    </message>
    <message>
        <source>the answer was already reviewed</source>
        <translation>la respuesta ya se revisó</translation>
    </message>
    <message>
        <source>the draft revision is invalid</source>
        <translation>la revisión del borrador no es válida</translation>
    </message>
    <message>
        <source>the feedback has no marked-up revision to take changes from</source>
        <translation>los comentarios no tienen ninguna revisión marcada de la que tomar cambios</translation>
    </message>
    <message>
        <source>the feedback is incomplete or invalid</source>
        <translation>los comentarios están incompletos o no son válidos</translation>
    </message>
    <message>
        <source>the feedback was already resolved</source>
        <translation>los comentarios ya se resolvieron</translation>
    </message>
    <message>
        <source>the lease was released</source>
        <translation>la reserva se liberó</translation>
    </message>
    <message>
        <source>the lease was used by an answer</source>
        <translation>la reserva ya se usó en una respuesta</translation>
    </message>
    <message>
        <source>the mutation&apos;s arguments are invalid</source>
        <translation>los argumentos del cambio no son válidos</translation>
    </message>
    <message>
        <source>the panel has closed</source>
        <translation>el tribunal ya se cerró</translation>
    </message>
    <message>
        <source>the panel&apos;s deadline has passed</source>
        <translation>el plazo del tribunal ya venció</translation>
    </message>
    <message>
        <source>the payout id is taken</source>
        <translation>el id del cobro ya está en uso</translation>
    </message>
    <message>
        <source>the proposal id is taken</source>
        <translation>el id de la propuesta ya está en uso</translation>
    </message>
    <message>
        <source>the proposal was already resolved</source>
        <translation>la propuesta ya se resolvió</translation>
    </message>
    <message>
        <source>the proposed revision is invalid</source>
        <translation>la revisión propuesta no es válida</translation>
    </message>
    <message>
        <source>the review is invalid</source>
        <translation>la revisión no es válida</translation>
    </message>
    <message>
        <source>the task belongs to another requester</source>
        <translation>la tarea pertenece a otro solicitante</translation>
    </message>
    <message>
        <source>the task cannot be published yet</source>
        <translation>la tarea aún no se puede publicar</translation>
    </message>
    <message>
        <source>the task is already published</source>
        <translation>la tarea ya está publicada</translation>
    </message>
    <message>
        <source>the task is not open for work</source>
        <translation>la tarea no está abierta para trabajar</translation>
    </message>
    <message>
        <source>this feedback task was already done</source>
        <translation>esta tarea de comentarios ya se hizo</translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation>cuenta desconocida</translation>
    </message>
    <message>
        <source>you already answered this item</source>
        <translation>ya respondiste este elemento</translation>
    </message>
    <message>
        <source>you already rated this task</source>
        <translation>ya valoraste esta tarea</translation>
    </message>
    <message>
        <source>you hold no lease with this id</source>
        <translation>no tienes ninguna reserva con este id</translation>
    </message>
    <message>
        <source>you may not propose a reframing of your own task</source>
        <translation>no puedes proponer un replanteamiento de tu propia tarea</translation>
    </message>
    <message>
        <source>you may not sit on this panel</source>
        <translation>no puedes formar parte de este tribunal</translation>
    </message>
    <message>
        <source>you may not take this feedback task</source>
        <translation>no puedes tomar esta tarea de comentarios</translation>
    </message>
    <message>
        <source>you may not take this task</source>
        <translation>no puedes tomar esta tarea</translation>
    </message>
</context>
<context>
    <name>Chrysalis::WeeklyEarningsModel</name>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Paid answers</source>
        <translation>Respuestas pagadas</translation>
    </message>
    <message>
        <source>Earned (cents)</source>
        <translation>Ganado (céntimos)</translation>
    </message>
    <message>
        <source>Measured time (s)</source>
        <translation>Tiempo medido (s)</translation>
    </message>
    <message>
        <source>Hourly pay (cents)</source>
        <translation>Pago por hora (céntimos)</translation>
    </message>
</context>
<context>
    <name>Chrysalis::WorkPage</name>
    <message>
        <source>time is up; may still be accepted</source>
        <translation>se acabó el tiempo; aún puede aceptarse</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>quedan %1 h %2 min</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>quedan %1:%2</translation>
    </message>
    <message>
        <source>Release this item</source>
        <translation>Liberar este elemento</translation>
    </message>
    <message>
        <source>Items left in your leases</source>
        <translation>Elementos que quedan en tus reservas</translation>
    </message>
    <message>
        <source>Your items</source>
        <translation>Tus elementos</translation>
    </message>
    <message>
        <source>Give the item back so someone else can answer it</source>
        <translation>Devuelve el elemento para que otra persona pueda responderlo</translation>
    </message>
    <message>
        <source>Answer items</source>
        <translation>Responder elementos</translation>
    </message>
    <message>
        <source>No items leased; claim some in the task queue.</source>
        <translation>No tienes elementos reservados; toma algunos en la cola de tareas.</translation>
    </message>
    <message>
        <source>%1 — item %2 of %3</source>
        <translation>%1 — elemento %2 de %3</translation>
    </message>
    <message>
        <source>Left in your leases: %1</source>
        <translation>Quedan en tus reservas: %1</translation>
    </message>
    <message>
        <source>Left in your leases: %1, of this task: %2</source>
        <translation>Quedan en tus reservas: %1; de esta tarea: %2</translation>
    </message>
    <message>
        <source>Cannot read your items: %1</source>
        <translation>No se pueden leer tus elementos: %1</translation>
    </message>
    <message>
        <source>The answer form of “%1” cannot be read: %2</source>
        <translation>No se puede leer el formulario de respuesta de «%1»: %2</translation>
    </message>
    <message>
        <source>Your saved draft could not be restored: %1</source>
        <translation>No se pudo restaurar tu borrador guardado: %1</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>No se pudo guardar tu borrador: %1</translation>
    </message>
    <message>
        <source>The answer could not be stored: %1</source>
        <translation>No se pudo guardar la respuesta: %1</translation>
    </message>
    <message>
        <source>The answer is stored, but its draft stays: %1</source>
        <translation>La respuesta está guardada, pero su borrador sigue ahí: %1</translation>
    </message>
    <message>
        <source>Answer stored. You have been on items with content warnings for a while: a short break away from the screen helps. Your drafts and leases stay as they are.</source>
        <translation>Respuesta guardada. Llevas un rato con elementos que tienen avisos de contenido: un breve descanso lejos de la pantalla ayuda. Tus borradores y reservas se quedan como están.</translation>
    </message>
    <message>
        <source>Answer stored; sending it now.</source>
        <translation>Respuesta guardada; enviándola ahora.</translation>
    </message>
    <message>
        <source>The item could not be released: %1</source>
        <translation>No se pudo liberar el elemento: %1</translation>
    </message>
    <message>
        <source>Item released.</source>
        <translation>Elemento liberado.</translation>
    </message>
    <message>
        <source>Rating stored; only the platform sees it.</source>
        <translation>Valoración guardada; solo la ve la plataforma.</translation>
    </message>
    <message>
        <source>The rating could not be stored: %1</source>
        <translation>No se pudo guardar la valoración: %1</translation>
    </message>
    <message>
        <source>Reframing proposed; the requester will see it.</source>
        <translation>Replanteamiento propuesto; el solicitante lo verá.</translation>
    </message>
    <message>
        <source>The proposal could not be stored: %1</source>
        <translation>No se pudo guardar la propuesta: %1</translation>
    </message>
    <message>
        <source>%1
Item %2 · %3</source>
        <translation>%1
Elemento %2 · %3</translation>
    </message>
    <message>
        <source>Lease ends %1</source>
        <translation>Fin de la reserva: %1</translation>
    </message>
    <message>
        <source>Feedback on a training item</source>
        <translation>Corrección del elemento de práctica</translation>
    </message>
    <message>
        <source>Answer stored; it will be sent when you are back online. Feedback on a training item is pending until then.</source>
        <translation>Respuesta guardada; se enviará cuando vuelvas a estar en línea. Hasta entonces, la corrección del elemento de práctica queda pendiente.</translation>
    </message>
</context>
<context>
    <name>Chrysalis::WorkView</name>
    <message>
        <source>edit %1</source>
        <translation>edición de %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Rate this task…</source>
        <translation>Valorar la tarea…</translation>
    </message>
    <message>
        <source>Propose a reframing…</source>
        <translation>Replantear la tarea…</translation>
    </message>
    <message>
        <source>Nothing to work on right now.
Claim items of a task to start.</source>
        <translation>Ahora mismo no hay nada en lo que trabajar.
Toma elementos de una tarea para empezar.</translation>
    </message>
    <message>
        <source>Time spent on this item; paused while the window is in the background</source>
        <translation>Tiempo dedicado a este elemento; se pausa mientras la ventana está en segundo plano</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Leave this item for now and go on; the lease stays yours</source>
        <translation>Deja este elemento por ahora y sigue; la reserva sigue siendo tuya</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Submit the answer</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <source>Undo the last change to the answer</source>
        <translation>Deshacer el último cambio de la respuesta</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Elemento anterior</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Elemento siguiente</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Elemento %1 de %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Time on this item  %1</source>
        <translation>Tiempo en este elemento  %1</translation>
    </message>
    <message>
        <source>Time on this item  %1 (paused)</source>
        <translation>Tiempo en este elemento  %1 (en pausa)</translation>
    </message>
    <message>
        <source>Skip this item for now</source>
        <translation>Saltar este elemento por ahora</translation>
    </message>
</context>
<context>
    <name>Chrysalis::WorkerBoardModel</name>
    <message>
        <source>no closed panels</source>
        <translation>sin tribunales cerrados</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 votes)</source>
        <translation>%1 % (%2 de %3 votos)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <source>Approved answers</source>
        <translation>Respuestas aprobadas</translation>
    </message>
    <message>
        <source>Agreement with panels</source>
        <translation>Acuerdo con los tribunales</translation>
    </message>
</context>
</TS>
