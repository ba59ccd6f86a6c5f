<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgenciesCard</name>
    <message>
        <location filename="../qml/AgenciesCard.qml" line="+13"/>
        <source>National police service</source>
        <translation>Servicio nacional de policía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional command</source>
        <translation>Mando regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Comisaría</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Agencies and assessments</source>
        <translation>Organismos y evaluaciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No agencies yet. Add the agency you are assessing, then an assessment of it.</source>
        <translation>Todavía no hay organismos. Añada el organismo que está evaluando y, después, una evaluación de ese organismo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>part of %1</source>
        <translation>depende de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+98"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+98"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+3"/>
        <source>Agency name</source>
        <translation>Nombre del organismo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind of agency</source>
        <translation>Tipo de organismo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no parent agency)</source>
        <translation>(sin organismo superior)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parent agency</source>
        <translation>Organismo superior</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add agency</source>
        <translation>Añadir organismo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+136"/>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+138"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>target %1</source>
        <translation>meta %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Agency assessed</source>
        <translation>Organismo evaluado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title, e.g. Baseline assessment 2026</source>
        <translation>Título, p. ej., Evaluación de línea de base 2026</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From YYYY-MM-DD</source>
        <translation>Desde AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To YYYY-MM-DD</source>
        <translation>Hasta AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target sample (interviews)</source>
        <translation>Muestra prevista (entrevistas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target sample: how many interviews are planned</source>
        <translation>Muestra prevista: cuántas entrevistas se planean</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instruments (none ticked: all)</source>
        <translation>Instrumentos (ninguno marcado: todos)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add assessment</source>
        <translation>Añadir evaluación</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../qml/ConsentPage.qml" line="+35"/>
        <source>Read this to the respondent:</source>
        <translation>Lea esto a la persona entrevistada:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The respondent agrees</source>
        <translation>La persona entrevistada acepta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The respondent declines</source>
        <translation>La persona entrevistada no acepta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Volver</translation>
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
        <translation>Crear un espacio de trabajo nuevo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every answer is encrypted with this passphrase. Nobody can recover it for you: without it the answers cannot be read, so keep it somewhere safe.</source>
        <translation>Cada respuesta se cifra con esta frase de contraseña. Nadie puede recuperarla por usted: sin ella no se pueden leer las respuestas, así que guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type it again</source>
        <translation>Escríbala de nuevo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Create workspace</source>
        <translation>Crear espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/DashboardPage.qml" line="+22"/>
        <source>suppressed: too few respondents</source>
        <translation>suprimido: muy pocos encuestados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreliable: too few cases</source>
        <translation>poco fiable: muy pocos casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpret with caution</source>
        <translation>interpretar con cautela</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the workspace</source>
        <translation>Volver al espacio de trabajo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap report</source>
        <translation>Informe de brechas</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Agency</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agency to report on</source>
        <translation>Institución sobre la que informar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No completed interviews yet for this agency and the units below it.</source>
        <translation>Todavía no hay entrevistas terminadas para esta institución y sus unidades dependientes.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n completed interview(s), this agency and the units below it.</source>
        <translation>
            <numerusform>%n entrevista terminada, de esta institución y sus unidades dependientes.</numerusform>
            <numerusform>%n entrevistas terminadas, de esta institución y sus unidades dependientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with a design weight.</source>
        <translation>
            <numerusform>%n con ponderación de diseño.</numerusform>
            <numerusform>%n con ponderación de diseño.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unweighted.</source>
        <translation>Sin ponderar.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Report for partners</source>
        <translation>Informe para los socios</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML (one file)</source>
        <translation>HTML (un solo archivo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (every estimate)</source>
        <translation>CSV (todas las estimaciones)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report format</source>
        <translation>Formato del informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to write the report into</source>
        <translation>Carpeta donde escribir el informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate report</source>
        <translation>Generar informe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Largest gaps against targets</source>
        <translation>Mayores brechas respecto de las metas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How far each indicator is from its target, as a share of the way from the worst value to the target. Only estimates reliable enough to act on.</source>
        <translation>Cuánto le falta a cada indicador para su meta, como parte del camino entre el peor valor y la meta. Solo estimaciones lo bastante fiables para actuar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chart of the largest gaps against targets</source>
        <translation>Gráfico de las mayores brechas respecto de las metas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recommended services</source>
        <translation>Servicios recomendados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No service recommended: no rule fired on an estimate reliable enough to act on.</source>
        <translation>Ningún servicio recomendado: ninguna regla se activó con una estimación lo bastante fiable para actuar.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Priority %1 · %n piece(s) of evidence</source>
        <translation>
            <numerusform>Prioridad %1 · %n evidencia</numerusform>
            <numerusform>Prioridad %1 · %n evidencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 (target %3). %4</source>
        <translation>%1: %2 (meta %3). %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too uncertain to judge: %1</source>
        <translation>Demasiado incierto para juzgar: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change between two assessments</source>
        <translation>Cambio entre dos evaluaciones</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Baseline assessment</source>
        <translation>Evaluación de línea de base</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up assessment</source>
        <translation>Evaluación de seguimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop comparing</source>
        <translation>Dejar de comparar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>too few respondents in one assessment</source>
        <translation>muy pocos encuestados en una de las evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreliable in one assessment</source>
        <translation>poco fiable en una de las evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change</source>
        <translation>un cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change the samples can tell from none</source>
        <translation>ningún cambio que las muestras distingan de cero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimate with its 95% interval (band) and target (line).</source>
        <translation>Estimación con su intervalo del 95 % (banda) y la meta (línea).</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+84"/>
        <source>suppressed</source>
        <translation>suprimido</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>The follow-up minus the baseline, with its 95% interval. It is called a change only when the interval excludes zero and both estimates are reliable. PDF and HTML reports written while a comparison is shown include it.</source>
        <translation>El seguimiento menos la línea de base, con su intervalo del 95%. Solo se considera un cambio cuando el intervalo excluye el cero y ambas estimaciones son fiables. Los informes PDF y HTML generados mientras se muestra una comparación la incluyen.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>target %1</source>
        <translation>meta %1</translation>
    </message>
</context>
<context>
    <name>DecoyPage</name>
    <message>
        <location filename="../qml/DecoyPage.qml" line="+19"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shopping: rice, tea, soap, batteries.
Call the school about Thursday.
Bus at 7:40.</source>
        <translation>Compras: arroz, té, jabón, pilas.
Llamar a la escuela por lo del jueves.
Autobús a las 7:40.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Continue</source>
        <translation>Continuar</translation>
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
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores, gaps and recommended services per agency</source>
        <translation>Puntuaciones, brechas y servicios recomendados por institución</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and receive packages, and the team</source>
        <translation>Enviar y recibir paquetes, y gestionar el equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the workspace</source>
        <translation>Bloquear el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lock after this many minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes without use before the workspace locks</source>
        <translation>Minutos sin uso antes de que se bloquee el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No interviews yet. Start one below.</source>
        <translation>Todavía no hay entrevistas. Inicie una más abajo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search: instrument, assessment, date</source>
        <translation>Buscar: instrumento, evaluación, fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search interviews</source>
        <translation>Buscar entrevistas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalized</source>
        <translation>Finalizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting copies</source>
        <translation>Copias en conflicto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show interviews with this status</source>
        <translation>Mostrar las entrevistas con este estado</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n interview(s) match</source>
        <translation>
            <numerusform>%n entrevista coincide</numerusform>
            <numerusform>%n entrevistas coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 · %2 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n respuesta</numerusform>
            <numerusform>%1 · %2 · %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finalized</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicting copies from two devices: review before use</source>
        <translation>Copias en conflicto de dos dispositivos: revisar antes de usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered and removed from this device</source>
        <translation>Entregada y eliminada de este dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from an assessor (read only)</source>
        <translation>Recibida de un evaluador (solo lectura)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start an interview</source>
        <translation>Iniciar una entrevista</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not part of an assessment)</source>
        <translation>(no forma parte de ninguna evaluación)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessment the new interview belongs to</source>
        <translation>Evaluación a la que pertenece la nueva entrevista</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start %1</source>
        <translation>Iniciar: %1</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../qml/InterviewPage.qml" line="+52"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Draft translation</source>
        <translation>Traducción provisional</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interview language</source>
        <translation>Idioma de la entrevista</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+250"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick exit: hide this screen at once</source>
        <translation>Salida rápida: ocultar esta pantalla de inmediato</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Go to section</source>
        <translation>Ir a la sección</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The next questions are for the respondent to answer alone. Explain how to answer, then hand over the device: earlier answers stay hidden until you take it back.</source>
        <translation>Las siguientes preguntas las responde la persona entrevistada a solas. Explique cómo responder y entréguele el dispositivo: las respuestas anteriores quedan ocultas hasta que usted lo recupere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you. Please give the device back to the interviewer.</source>
        <translation>Gracias. Devuelva el dispositivo a la persona entrevistadora.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand over</source>
        <translation>Entregar el dispositivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interviewer: unlock to continue</source>
        <translation>Entrevistador: desbloquear para continuar</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>1 – 9</source>
        <translation>1 – 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pick a choice</source>
        <translation>elegir una opción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>save and go on</source>
        <translation>guardar y continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add an entry to a list of people or places; elsewhere, go on</source>
        <translation>añadir una entrada a una lista de personas o lugares; en otros casos, continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Enter or Alt+Left</source>
        <translation>Shift+Enter o Alt+←</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>go back</source>
        <translation>volver atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape twice</source>
        <translation>Esc dos veces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quick exit: hide the interview at once</source>
        <translation>salida rápida: ocultar la entrevista de inmediato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this list</source>
        <translation>esta lista</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+16"/>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../qml/QuestionView.qml" line="+113"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This device cannot record a %1 answer yet; leave it and go on.</source>
        <translation>Este dispositivo aún no puede registrar una respuesta de tipo %1; déjela sin responder y continúe.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/core/scoring/report.cpp" line="+82"/>
        <source>national service</source>
        <translation>servicio nacional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regional command</source>
        <translation>mando regional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station</source>
        <translation>comisaría</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>suppressed (fewer respondents than the disclosure threshold)</source>
        <translation>suprimido (menos encuestados que el umbral de confidencialidad)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interpret with caution: %1</source>
        <translation>interpretar con cautela: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreliable: %1</source>
        <translation>poco fiable: %1</translation>
    </message>
    <message>
        <location line="+177"/>
        <location line="+102"/>
        <source>Change: %1 → %2</source>
        <translation>Cambio: %1 → %2</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1 and %2 interviews. The change is the follow-up minus the baseline, with its 95% interval (MOVER; Newcombe&apos;s method for proportions); it is called a change only when the interval excludes zero and both estimates are reliable.</source>
        <translation>%1 y %2 entrevistas. El cambio es el seguimiento menos la línea de base, con su intervalo del 95 % (MOVER; método de Newcombe para proporciones); solo se habla de cambio cuando el intervalo excluye el cero y ambas estimaciones son fiables.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+216"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Change [95% interval]</source>
        <translation>Cambio [intervalo del 95 %]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>suppressed in one assessment</source>
        <translation>suprimido en una de las evaluaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreliable in one assessment</source>
        <translation>poco fiable en una de las evaluaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a change</source>
        <translation>un cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change the samples can tell from none</source>
        <translation>ningún cambio que las muestras distingan de cero</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>change %1</source>
        <translation>cambio %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 indicators measured in only one of the two assessments are not compared.</source>
        <translation>%1 indicadores medidos en solo una de las dos evaluaciones no se comparan.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Gap report: %1</source>
        <translation>Informe de brechas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 interviews scored · generated %2</source>
        <translation>%1 entrevistas puntuadas · generado %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Recommended services</source>
        <translation>Servicios recomendados</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Indicators:</source>
        <translation>Indicadores:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+163"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>No rule was triggered by a reliable estimate.</source>
        <translation>Ninguna regla se activó con una estimación fiable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and %1 more indicators (see the HTML or CSV report)</source>
        <translation>y %1 indicadores más (véase el informe HTML o CSV)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+63"/>
        <source>target %1</source>
        <translation>meta %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Too uncertain to judge (fewer than 30 effective cases, or suppressed):</source>
        <translation>Demasiado incierto para juzgar (menos de 30 casos efectivos, o suprimido):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall estimates. Breakdowns (by sex, age group, region, unit, …) are in the HTML and CSV reports.</source>
        <translation>Estimaciones generales. Los desgloses (por sexo, grupo de edad, región, unidad…) están en los informes HTML y CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+43"/>
        <source>%1 interviews</source>
        <translation>%1 entrevistas</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+50"/>
        <source>suppressed: fewer respondents than the disclosure threshold</source>
        <translation>suprimido: menos encuestados que el umbral de confidencialidad</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+50"/>
        <source>top need: %1 (MWDS %2)</source>
        <translation>necesidad principal: %1 (MWDS %2)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>gap %1%</source>
        <translation>brecha %1 %</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Completed and finalized interviews only; answers hidden by skip logic are never counted. Proportions: Wilson score interval (unweighted) or Korn–Graubard (weighted); means and scales: t interval; rates per 1,000 with series incidents capped where the indicator says so. Estimates on fewer than 30 effective cases are flagged unreliable and never lead to a recommendation; 30–59 cases, a relative standard error of 30% or more, or a proportion interval wider than 20 points are marked &quot;interpret with caution&quot;. Any figure from fewer than %1 respondents (%2 for sensitive instruments) is suppressed, with complementary suppression within each breakdown so it cannot be worked out from the others. Gap = shortfall from the target divided by the distance from the target to the worst plausible value; priority = severity × gap.</source>
        <translation>Solo entrevistas completadas y finalizadas; las respuestas ocultas por los saltos nunca se cuentan. Proporciones: intervalo de puntuación de Wilson (sin ponderar) o de Korn–Graubard (ponderado); medias y escalas: intervalo t; tasas por 1.000 con los incidentes en serie topados cuando el indicador lo indica. Las estimaciones con menos de 30 casos efectivos se marcan como poco fiables y nunca llevan a una recomendación; de 30 a 59 casos, un error estándar relativo del 30 % o más, o un intervalo de proporción de más de 20 puntos se marcan «interpretar con cautela». Toda cifra de menos de %1 encuestados (%2 en instrumentos sensibles) se suprime, con supresión complementaria en cada desglose para que no pueda deducirse de las demás. Brecha = lo que falta para la meta dividido por la distancia entre la meta y el peor valor plausible; prioridad = gravedad × brecha.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No design weights: every interview counts once.</source>
        <translation>Sin ponderaciones de diseño: cada entrevista cuenta una vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design weights from the assessments: %1 of the %2 interviews carry one (the others count 1); effective sample sizes are Kish&apos;s.</source>
        <translation>Ponderaciones de diseño de las evaluaciones: %1 de las %2 entrevistas tienen una (las demás cuentan 1); tamaños de muestra efectivos de Kish.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details: docs/statistics.md and docs/scoring.md.</source>
        <translation>Detalles: docs/statistics.md y docs/scoring.md.</translation>
    </message>
    <message>
        <location filename="../app/core/scoring/statistics.cpp" line="+534"/>
        <source>no estimate (n = %1)</source>
        <translation>sin estimación (n = %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effective sample size %1 is below %2</source>
        <translation>el tamaño de muestra efectivo, %1, es inferior a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample size %1 is below %2</source>
        <translation>el tamaño de muestra, %1, es inferior a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>relative standard error %1% is %2% or more</source>
        <translation>el error estándar relativo, %1%, es del %2% o más</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1% confidence interval is %2 percentage points wide (over %3)</source>
        <translation>el intervalo de confianza del %1% tiene una amplitud de %2 puntos porcentuales (más de %3)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../qml/ReviewPage.qml" line="+28"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This interview is finalized and can no longer be changed.</source>
        <translation>Esta entrevista está finalizada y ya no se puede modificar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every question that needs an answer has one.</source>
        <translation>Todas las preguntas que requieren respuesta la tienen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) still need attention:</source>
        <translation>
            <numerusform>Queda %n punto por resolver:</numerusform>
            <numerusform>Quedan %n puntos por resolver:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finalize the interview</source>
        <translation>Finalizar la entrevista</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: hide this screen at once</source>
        <translation>Salida rápida: ocultar esta pantalla de inmediato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finalize?</source>
        <translation>¿Finalizar?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers hidden by skip logic are deleted, and no answer can be changed afterwards.</source>
        <translation>Se eliminarán las respuestas ocultas por la lógica de salto, y después no se podrá modificar ninguna respuesta.</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message numerus="yes">
        <location filename="../qml/RosterView.qml" line="+35"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not answered yet)</source>
        <translation>(todavía sin respuesta)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add an entry</source>
        <translation>Añadir una entrada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove this entry?</source>
        <translation>¿Eliminar esta entrada?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its answers are kept until the interview is finalized, and it can be restored until then.</source>
        <translation>Sus respuestas se conservan hasta que se finalice la entrevista, y hasta entonces se puede restaurar.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../qml/SyncPage.qml" line="+17"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purged</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the workspace</source>
        <translation>Volver al espacio de trabajo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity files (*.json)</source>
        <translation>Archivos de identidad (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoke %1?</source>
        <translation>¿Revocar el dispositivo %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages signed by this device will be refused from now on, even ones written before. A revoked device cannot be enrolled again.</source>
        <translation>A partir de ahora se rechazarán los paquetes firmados por este dispositivo, incluso los creados antes. Un dispositivo revocado no se puede volver a inscribir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+241"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fingerprint: read it aloud to the person who enrols this device, and compare theirs the same way.</source>
        <translation>Huella digital: léala en voz alta a la persona que inscriba este dispositivo y compare la suya de la misma manera.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fingerprint %1</source>
        <translation>Huella digital: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder (USB stick or shared folder)</source>
        <translation>Carpeta (memoria USB o carpeta compartida)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for package files</source>
        <translation>Carpeta de los archivos de paquetes</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+168"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import packages</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write receipts</source>
        <translation>Generar acuses de recibo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save team file</source>
        <translation>Guardar archivo de equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save my identity file</source>
        <translation>Guardar mi archivo de identidad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export all interviews again</source>
        <translation>Volver a exportar todas las entrevistas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the coordinator&apos;s workspace</source>
        <translation>Este es el espacio de trabajo del coordinador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove delivered interviews from this device</source>
        <translation>Eliminar de este dispositivo las entrevistas entregadas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody enrolled yet. An assessor enrols the coordinator&apos;s team file; the coordinator enrols each assessor&apos;s identity file. Compare fingerprints aloud before enrolling.</source>
        <translation>Todavía no hay nadie inscrito. Cada evaluador inscribe el archivo de equipo del coordinador; el coordinador inscribe el archivo de identidad de cada evaluador. Antes de inscribir, compare en voz alta las huellas digitales.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assessor</source>
        <translation>evaluador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoke %1</source>
        <translation>Revocar el dispositivo %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity or team file</source>
        <translation>Archivo de identidad o de equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity or team file to enrol</source>
        <translation>Archivo de identidad o de equipo que se va a inscribir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync log</source>
        <translation>Registro de sincronización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing sent or received yet.</source>
        <translation>Todavía no se ha enviado ni recibido nada.</translation>
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
        <translation>Desbloquear el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
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
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring %1 of %2 interviews…</source>
        <translation>Calculando: entrevista %1 de %2…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Unknown report format: %1</source>
        <translation>Formato de informe desconocido: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder that exists: %1</source>
        <translation>Elija una carpeta que exista: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an agency first.</source>
        <translation>Elija primero una institución.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not score the interviews: %1</source>
        <translation>No se pudieron puntuar las entrevistas: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not build the report: %1</source>
        <translation>No se pudo construir el informe: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+59"/>
        <source>Could not compare the assessments: %1</source>
        <translation>No se pudieron comparar las evaluaciones: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Could not write %1: %2. Nothing was saved; check the folder and the free space.</source>
        <translation>No se pudo escribir %1: %2. No se guardó nada; revise la carpeta y el espacio libre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report written: %1</source>
        <translation>Informe escrito: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report written without the comparison (%1): %2</source>
        <translation>Informe escrito sin la comparación (%1): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workspace is locked</source>
        <translation>el espacio de trabajo está bloqueado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait until the agency is scored, then compare.</source>
        <translation>Espere a que se puntúe el organismo y luego compare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose two different assessments: a baseline and a follow-up.</source>
        <translation>Elija dos evaluaciones distintas: una de línea de base y una de seguimiento.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 [%2 to %3]</source>
        <translation>%1 [%2 a %3]</translation>
    </message>
</context>
<context>
    <name>baseline::InterviewController</name>
    <message>
        <location filename="../app/bridge/interviewcontroller.cpp" line="+84"/>
        <source>Some instruments of the library could not be installed: %1</source>
        <translation>No se pudieron instalar algunos instrumentos de la biblioteca: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Give the agency a name and a kind.</source>
        <translation>Indique el nombre y el tipo del organismo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An agency cannot be part of itself or of one of its own units.</source>
        <translation>Un organismo no puede formar parte de sí mismo ni de una de sus propias unidades.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>An assessment needs an agency, a title and a period written YYYY-MM-DD.</source>
        <translation>Una evaluación necesita un organismo, un título y un período escrito como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts.</source>
        <translation>La fecha de fin del período es anterior a la de inicio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one instrument for the assessment.</source>
        <translation>Elija al menos un instrumento para la evaluación.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>No interview is open.</source>
        <translation>No hay ninguna entrevista abierta.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>Escriba un número entero.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha: escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Answer the question above, or record &quot;don&apos;t know&quot; or &quot;refused&quot; where offered, before going on.</source>
        <translation>Antes de continuar, responda a la pregunta de arriba o, si se ofrecen esas opciones, registre «No sabe» o «Se niega a responder».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the answer above before going on.</source>
        <translation>Corrija la respuesta de arriba antes de continuar.</translation>
    </message>
    <message>
        <location line="+303"/>
        <location line="+125"/>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Refused</source>
        <translation>Se niega a responder</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+15"/>
        <location line="+81"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+15"/>
        <location line="+81"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — entry %2</source>
        <translation>%1 — entrada %2</translation>
    </message>
</context>
<context>
    <name>baseline::SyncController</name>
    <message>
        <location filename="../app/bridge/synccontroller.cpp" line="+141"/>
        <source>The workspace is locked.</source>
        <translation>El espacio de trabajo está bloqueado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <location line="+82"/>
        <source>Choose a folder that exists: %1</source>
        <translation>Elija una carpeta que exista: %1</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Could not write %1 (%2).</source>
        <translation>No se pudo escribir %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1. Read your fingerprint to the other side when they enrol it.</source>
        <translation>Se guardó %1. Lea su huella digital a la otra parte cuando inscriba el archivo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read %1 (%2).</source>
        <translation>No se pudo leer %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrolled %1. Check that this fingerprint is the one they read to you: %2</source>
        <translation>Se inscribió %1. Compruebe que esta huella digital es la que le leyó la otra parte: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revoked. Packages from that device will be refused.</source>
        <translation>Dispositivo revocado. Se rechazarán los paquetes de ese dispositivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Wrote %n interview(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n entrevista en %1.</numerusform>
            <numerusform>Se escribieron %n entrevistas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No package files there (they end in .blnpkg).</source>
        <translation>No hay archivos de paquete en esa carpeta (terminan en .blnpkg).</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>All %n package(s) imported.</source>
        <translation>
            <numerusform>Se importó %n paquete.</numerusform>
            <numerusform>Se importaron los %n paquetes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n package(s) refused; nothing from them was applied.</source>
        <translation>
            <numerusform>Se rechazó %n paquete; no se aplicó nada de su contenido.</numerusform>
            <numerusform>Se rechazaron %n paquetes; no se aplicó nada de su contenido.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import result packages first: receipts confirm what was imported.</source>
        <translation>Importe primero los paquetes de resultados: los acuses de recibo confirman lo que se importó.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Wrote %n receipt(s). Give each assessor theirs.</source>
        <translation>
            <numerusform>Se generó %n acuse de recibo. Entregue a cada evaluador el suyo.</numerusform>
            <numerusform>Se generaron %n acuses de recibo. Entregue a cada evaluador el suyo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Removed the answers of %n delivered interview(s) from this device.</source>
        <translation>
            <numerusform>Se eliminaron de este dispositivo las respuestas de %n entrevista entregada.</numerusform>
            <numerusform>Se eliminaron de este dispositivo las respuestas de %n entrevistas entregadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baseline::WorkspaceController</name>
    <message numerus="yes">
        <location filename="../app/bridge/workspacecontroller.cpp" line="+46"/>
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Bloqueado tras %n minuto sin uso.</numerusform>
            <numerusform>Bloqueado tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked because the app was sent to the background.</source>
        <translation>Bloqueado porque la aplicación pasó a segundo plano.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Use four or more unrelated words, or at least %1 characters.</source>
        <translation>Use cuatro o más palabras sin relación entre sí, o al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too short: at least %1 characters.</source>
        <translation>Demasiado corta: al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weak: add more words or characters.</source>
        <translation>Débil: añada más palabras o caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Aceptable: con unas pocas palabras más sería robusta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong.</source>
        <translation>Robusta.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escriba la misma frase de contraseña dos veces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>La frase de contraseña es demasiado corta: use al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the workspace passphrase.</source>
        <translation>Escriba la frase de contraseña del espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Locked.</source>
        <translation>Bloqueado.</translation>
    </message>
</context>
</TS>
