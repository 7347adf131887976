<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <location filename="../touchtimer/ui/about_dialog.py" line="+38"/>
        <source>About touchtimer</source>
        <translation>Acerca de touchtimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>touchtimer {0}</source>
        <translation>touchtimer {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the {0} ({1}).</source>
        <translation>Software libre bajo la {0} ({1}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your data lives</source>
        <translation>Dónde están tus datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder: {0}</source>
        <translation>Carpeta de datos: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {0}</source>
        <translation>Base de datos: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings folder: {0}</source>
        <translation>Carpeta de ajustes: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s page</source>
        <translation>La página del proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report a problem or suggest a change</source>
        <translation>Informar de un problema o sugerir un cambio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the &amp;licence…</source>
        <translation>Leer la &amp;licencia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the licence</source>
        <translation>Leer la licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full text of the GNU General Public License</source>
        <translation>El texto completo de la Licencia Pública General de GNU (GNU General Public License)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The licence: {0}</source>
        <translation>La licencia: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full text of the licence</source>
        <translation>El texto completo de la licencia</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/about.py" line="+23"/>
        <source>GNU General Public License, version 3 or (at your option) any later version</source>
        <translation>Licencia Pública General de GNU, versión 3 o (a tu elección) cualquier versión posterior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>touchtimer is free software: you can share and change it under the terms of the licence. It comes with no warranty, to the extent permitted by law.</source>
        <translation>touchtimer es software libre: puedes compartirlo y cambiarlo según los términos de la licencia. No tiene ninguna garantía, en la medida en que lo permita la ley.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>touchtimer is not a medical device.</source>
        <translation>touchtimer no es un dispositivo médico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm, hands-free guide for skin-to-skin (kangaroo care) and infant-massage routines.</source>
        <translation>Una guía tranquila y sin manos para rutinas de piel con piel (método canguro) y de masaje infantil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>touchtimer is in English, Spanish and German. The Spanish and German translations have not yet been reviewed by a native speaker with clinical knowledge; if you can review one, please say so through the project&apos;s issues.</source>
        <extracomment>Which translations exist and how far they have been checked. One line, changed by whoever adds or reviews a translation (docs/translating.md), and translated into each language so that it is read in the language it speaks of: none has been read yet by a native speaker with clinical knowledge.</extracomment>
        <translation>touchtimer está en inglés, español y alemán. Las traducciones al español y al alemán aún no las ha revisado una persona nativa con conocimientos clínicos; si puedes revisar una, dilo, por favor, en las incidencias (issues) del proyecto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything stays on this computer: touchtimer opens no network connection.</source>
        <translation>Todo se queda en este equipo: touchtimer no abre ninguna conexión de red.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made by the touchtimer project and the people who report problems and suggest changes.</source>
        <translation>Hecho por el proyecto touchtimer y por las personas que avisan de problemas y proponen cambios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The routines and their notes build on published research and guidance (the World Health Organization, Cochrane reviews and others). Each note names its source; docs/routines.md in the project lists them all.</source>
        <translation>Las rutinas y sus notas se basan en investigaciones y recomendaciones publicadas (la Organización Mundial de la Salud, revisiones Cochrane y otras). Cada nota nombra su fuente; docs/routines.md del proyecto las enumera todas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with Qt for Python (PySide6) and platformdirs.</source>
        <translation>Hecho con Qt for Python (PySide6) y platformdirs.</translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message numerus="yes">
        <location filename="../touchtimer/ui/babies/age_text.py" line="+25"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/ages.py" line="+86"/>
        <location filename="../touchtimer/ui/babies/age_text.py" line="+16"/>
        <source>%1 %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../touchtimer/ui/babies/age_text.py" line="+8"/>
        <source>%1 (%2 corrected)</source>
        <translation>%1 (%2 de edad corregida)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../touchtimer/ui/babies/age_text.py" line="+3"/>
        <source>%1 (due in %2)</source>
        <translation>%1 (fecha prevista de parto dentro de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../touchtimer/ui/babies/age_text.py" line="+3"/>
        <source>%1 (due date today)</source>
        <translation>%1 (hoy es la fecha prevista de parto)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../touchtimer/app.py" line="+82"/>
        <source>Spoken cues and chimes are silent on this computer. Session ▸ Settings… says why.</source>
        <translation>Los avisos hablados y los sonidos están en silencio en este equipo. En Sesión ▸ Ajustes… verás por qué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken cues are silent on this computer; chimes still play. Session ▸ Settings… says why.</source>
        <translation>Los avisos hablados están en silencio en este equipo; los sonidos siguen sonando. En Sesión ▸ Ajustes… verás por qué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chimes are silent on this computer. Session ▸ Settings… says why.</source>
        <translation>Los sonidos están en silencio en este equipo. En Sesión ▸ Ajustes… verás por qué.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>S&amp;ettings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cues, voice, volumes, theme, daily target and more</source>
        <translation>Avisos, voz, volumen, tema, objetivo diario y más</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some saved settings could not be used: {0}. Session ▸ Settings… lists them; saving there puts the settings file right.</source>
        <translation>Algunos ajustes guardados no se pudieron usar: {0}. Aparecen en Sesión ▸ Ajustes…; al guardar allí, el archivo de ajustes queda corregido.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Babies…</source>
        <translation>&amp;Bebés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a baby, or change a baby&apos;s details</source>
        <translation>Añadir un bebé o cambiar los datos de un bebé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past sessions, daily totals, export and a printable summary</source>
        <translation>Sesiones anteriores, totales diarios, exportación y un resumen para imprimir</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/sharing/wiring.py" line="+35"/>
        <source>&amp;People…</source>
        <translation>&amp;Personas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people who hold or massage baby, to record who did each session</source>
        <translation>Las personas que sostienen o dan masaje al bebé, para anotar quién hizo cada sesión</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>S&amp;hare history through a folder…</source>
        <translation>&amp;Compartir el historial por una carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Keep one history on two laptops through a folder both see</source>
        <translation>Un solo historial en dos portátiles, mediante una carpeta que ven los dos</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Share history through a &amp;folder…</source>
        <translation>Compartir mediante una &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History shared through {0}.</source>
        <translation>Historial compartido mediante {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History kept on this laptop only.</source>
        <translation>Historial guardado solo en este portátil.</translation>
    </message>
</context>
<context>
    <name>Babies</name>
    <message>
        <location filename="../touchtimer/core/babies/ages.py" line="+79"/>
        <source>{text} is not a gestation; expected weeks+days, such as 34+2</source>
        <extracomment>Correction stops at this corrected age, in calendar months (two years). The gestation at birth that touchtimer accepts, in days: 20+0 to 44+6 weeks. Still cared for in a neonatal unit (the parent says so): skin-to-skin then follows the care team. This baby&apos;s own daily skin-to-skin target in minutes (``None``: the general one in settings).</extracomment>
        <translation>{text} no es una duración de embarazo; se esperan semanas+días, por ejemplo 34+2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text}: the days part should be 0 to 6, such as 34+2</source>
        <translation>{text}: la parte de los días debe ser de 0 a 6, por ejemplo 34+2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}: the gestation at birth should be from 20+0 to 44+6 weeks</source>
        <translation>{text}: la duración del embarazo al nacer debe estar entre 20+0 y 44+6 semanas</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/babies/profiles.py" line="+39"/>
        <source>Please give a name (a nickname is fine).</source>
        <translation>Escribe un nombre, por favor (vale un apodo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is {count} characters long; please keep it to {most}.</source>
        <translation>El nombre tiene {count} caracteres; déjalo en {most} como mucho, por favor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth ({born}) is after today; please check it.</source>
        <translation>La fecha de nacimiento ({born}) es posterior a hoy; revísala, por favor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The due date is {weeks} weeks after the birth date; that would mean born before 20 weeks of pregnancy. Please check both dates.</source>
        <translation>La fecha prevista de parto es {weeks} semanas posterior a la de nacimiento; eso supondría nacer antes de las 20 semanas de embarazo. Revisa las dos fechas, por favor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The due date is {weeks} weeks before the birth date; a baby born after the due date is fine, but touchtimer accepts up to 44+6 weeks of pregnancy. Please check both dates.</source>
        <translation>La fecha prevista de parto es {weeks} semanas anterior a la de nacimiento; un bebé nacido después de la fecha prevista está bien, pero touchtimer acepta hasta 44+6 semanas de embarazo. Revisa las dos fechas, por favor.</translation>
    </message>
</context>
<context>
    <name>BabiesDialog</name>
    <message>
        <location filename="../touchtimer/ui/babies/dialog.py" line="+70"/>
        <source>Babies</source>
        <extracomment>A new profile was added (its id): Home chooses that baby.</extracomment>
        <translation>Bebés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your babies</source>
        <translation>Tus bebés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a baby to see or change their details</source>
        <translation>Elige un bebé para ver o cambiar sus datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Add a baby</source>
        <translation>Añadir un bebé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new profile</source>
        <translation>Crear un perfil nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this baby</source>
        <translation>Eliminar este bebé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen profile; their sessions stay in your history</source>
        <translation>Eliminar el perfil elegido; sus sesiones se quedan en tu historial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No babies yet. Add one to see routines that suit their age.</source>
        <translation>Aún no hay bebés. Añade uno para ver las rutinas adecuadas para su edad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+159"/>
        <source>New baby</source>
        <translation>Nuevo bebé</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+1"/>
        <source>A name or nickname</source>
        <translation>Un nombre o apodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+190"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>The day your baby was born</source>
        <translation>El día en que nació tu bebé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date not known (or not needed)</source>
        <translation>Fecha prevista de parto desconocida (o no hace falta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+176"/>
        <source>Due date</source>
        <translation>Fecha prevista de parto</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+16"/>
        <source>Weeks of pregnancy at birth</source>
        <translation>Semanas de embarazo al nacer</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Age is counted from the birth date</source>
        <translation>La edad se cuenta desde la fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the due date</source>
        <translation>Indicar la fecha prevista de parto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter weeks and days of pregnancy at birth</source>
        <translation>Indicar las semanas y los días de embarazo al nacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The due date you were given</source>
        <translation>La fecha prevista de parto que te dieron</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed weeks, 20 to 44</source>
        <translation>Semanas completas, de 20 a 44</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra days of pregnancy at birth</source>
        <translation>Días adicionales de embarazo al nacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days past the weeks, 0 to 6</source>
        <translation>Días además de las semanas completas, de 0 a 6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still in neonatal care (NICU or special care)</source>
        <translation>Todavía en cuidados neonatales (UCI neonatal o cuidados especiales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still in neonatal care</source>
        <translation>Todavía en cuidados neonatales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick while your baby is cared for in a neonatal unit: skin-to-skin then follows the care team, and Kangaroo hold is suggested first</source>
        <translation>Márcalo mientras tu bebé reciba cuidados en una unidad neonatal: entonces el contacto piel con piel sigue las indicaciones del equipo sanitario, y se sugiere primero Método canguro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily &amp;target</source>
        <translation>&amp;Objetivo diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age today</source>
        <translation>Edad hoy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What needs a change</source>
        <translation>Lo que hay que cambiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this baby</source>
        <translation>Guardar este bebé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the details</source>
        <translation>Guardar los datos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the babies dialog</source>
        <translation>Cerrar la ventana de bebés</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add this baby</source>
        <translation>Añadir este bebé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About %1</source>
        <translation>Datos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Age is counted from the date of birth.</source>
        <translation>La edad se cuenta desde la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born at %1+%2 weeks, early: touchtimer uses the corrected age (counted from the due date) to suggest routines, until two years corrected age.</source>
        <translation>Nació con %1+%2 semanas, antes de tiempo: touchtimer usa la edad corregida (contada desde la fecha prevista de parto) para sugerir rutinas, hasta los dos años de edad corregida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born at %1+%2 weeks, after the due date: age is counted from the date of birth.</source>
        <translation>Nació con %1+%2 semanas, después de la fecha prevista de parto: la edad se cuenta desde la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Born at %1+%2 weeks, at term: age is counted from the date of birth.</source>
        <translation>Nació con %1+%2 semanas, a término: la edad se cuenta desde la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1&apos;s profile? Their sessions stay in your history.</source>
        <translation>¿Eliminar el perfil de %1? Sus sesiones se quedan en tu historial.</translation>
    </message>
</context>
<context>
    <name>BabyResponses</name>
    <message>
        <location filename="../touchtimer/ui/session/summary_details.py" line="+149"/>
        <source>Calm</source>
        <translation>Tranquilo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fussy</source>
        <translation>Inquieto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fell asleep</source>
        <translation>Se durmió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cried</source>
        <translation>Lloró</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} was mostly: {1}</source>
        <translation>{0} estuvo sobre todo: {1}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../touchtimer/cli/routines.py" line="+57"/>
        <source>open-ended</source>
        <translation>sin duración fija</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>skipped a routine file: {problem}</source>
        <translation>se omitió un archivo de rutina: {problem}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{low}-{high} weeks</source>
        <translation>{low}-{high} semanas</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1: ok (%2, %n stage(s))</source>
        <translation>
            <numerusform>%1: correcto (%2, %n etapa)</numerusform>
            <numerusform>%1: correcto (%2, %n etapas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; also in %1)</source>
        <translation>; también en %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1: %2, incomplete: no translation yet for %n text(s); the routine is shown in its own language until every text has one</source>
        <translation>
            <numerusform>%1: %2, incompleta: aún no hay traducción para %n texto; la rutina se muestra en su propio idioma hasta que todos los textos la tengan</numerusform>
            <numerusform>%1: %2, incompleta: aún no hay traducción para %n textos; la rutina se muestra en su propio idioma hasta que todos los textos la tengan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no translation yet for &quot;%2&quot; (%3)</source>
        <translation>%1: aún no hay traducción para «%2» (%3)</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/commands.py" line="+75"/>
        <source>--from {first} is after --to {last}; expected the first day first</source>
        <translation>--from {first} es posterior a --to {last}; se espera primero el primer día</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>No sessions yet.</source>
        <translation>Aún no hay sesiones.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>no baby called {name}</source>
        <translation>no hay ningún bebé llamado {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no caregiver called {name}</source>
        <translation>no hay ninguna persona cuidadora llamada {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No sessions match.</source>
        <translation>Ninguna sesión coincide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skin-to-skin {length}</source>
        <translation>piel con piel {length}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n massage(s)</source>
        <translation>
            <numerusform>%n masaje</numerusform>
            <numerusform>%n masajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../touchtimer/cli/routines.py" line="-51"/>
        <source>skin-to-skin</source>
        <translation>piel con piel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../touchtimer/cli/routines.py" line="+0"/>
        <source>massage</source>
        <translation>masaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(held by {names})</source>
        <translation>(en brazos de {names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(by {names})</source>
        <translation>(por {names})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>could not write {file}: {why}</source>
        <translation>no se pudo escribir {file}: {why}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} cannot be written just now ({why}); nothing was changed. Please try again when that is put right</source>
        <translation>ahora mismo no se puede escribir en {file} ({why}); no se cambió nada. Vuelve a intentarlo cuando esté resuelto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} was not imported; nothing was changed.</source>
        <translation>{file} no se importó; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problema:</numerusform>
            <numerusform>%n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(in the file: {path})</source>
        <translation>(en el archivo: {path})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not import {file}: {why}</source>
        <translation>no se pudo importar {file}: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not import {file}: the data folder could not be used: {why}; nothing was changed</source>
        <translation>no se pudo importar {file}: no se pudo usar la carpeta de datos: {why}; no se cambió nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../touchtimer/cli/sync.py" line="+74"/>
        <source>note: {notice}</source>
        <translation>nota: {notice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {file}: {summary}.</source>
        <translation>Importado {file}: {summary}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>install-desktop is for Linux and BSD desktops; nothing to do here.</source>
        <translation>install-desktop es para escritorios Linux y BSD; aquí no hay nada que hacer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>removed {path}</source>
        <translation>eliminado {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>touchtimer was not installed in the application menu; nothing to remove.</source>
        <translation>touchtimer no estaba instalado en el menú de aplicaciones; no hay nada que quitar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>installed {path}</source>
        <translation>instalado {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not write the desktop files: {why}</source>
        <translation>no se pudieron escribir los archivos del escritorio: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>touchtimer should now appear in your application menu (you may need to log out and in).</source>
        <translation>touchtimer debería aparecer ahora en tu menú de aplicaciones (quizá tengas que cerrar la sesión y volver a entrar).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>this could not be done ({error}). Please report it if it happens again.</source>
        <translation>esto no se pudo hacer ({error}). Si vuelve a pasar, avísanos, por favor.</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/sync.py" line="-43"/>
        <source>no shared folder chosen yet. Choose one once with &apos;touchtimer sync --folder DIR&apos; (a folder both laptops see); it is remembered.</source>
        <translation>aún no hay ninguna carpeta compartida elegida. Elige una una vez con &apos;touchtimer sync --folder DIR&apos; (una carpeta que vean los dos portátiles); se recuerda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{folder} is not a folder that exists here; nothing was exchanged and it was not remembered. Create it (or plug in the USB stick) and try again.</source>
        <translation>{folder} no es una carpeta que exista aquí; no se intercambió nada y no se recordó. Créala (o conecta la memoria USB) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the folder could not be remembered ({why}); the exchange goes ahead</source>
        <translation>no se pudo recordar la carpeta ({why}); el intercambio sigue adelante</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/commands.py" line="-290"/>
        <location filename="../touchtimer/cli/sync.py" line="+5"/>
        <source>the data folder {folder} is a file, not a folder; choose another with --data-dir</source>
        <translation>la carpeta de datos {folder} es un archivo, no una carpeta; elige otra con --data-dir</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/sync.py" line="+6"/>
        <source>the data folder {folder} could not be made ({why})</source>
        <translation>no se pudo crear la carpeta de datos {folder} ({why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>touchtimer&apos;s data cannot be written just now, so nothing was exchanged.</source>
        <translation>ahora mismo no se pueden escribir los datos de touchtimer, así que no se intercambió nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shared through {folder}: {what}.</source>
        <translation>Compartido por {folder}: {what}.</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/output.py" line="+25"/>
        <source>the export</source>
        <translation>la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the history</source>
        <translation>el historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of routines</source>
        <translation>la lista de rutinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the check results</source>
        <translation>los resultados de la comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the import summary</source>
        <translation>el resumen de la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of installed files</source>
        <translation>la lista de archivos instalados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the output is closed</source>
        <translation>la salida está cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk quota is used up</source>
        <translation>la cuota de disco se ha agotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the device reported an input/output error</source>
        <translation>el dispositivo informó de un error de entrada/salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the output is on a read-only file system</source>
        <translation>la salida está en un sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the output file is too large</source>
        <translation>el archivo de salida es demasiado grande</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the output</source>
        <translation>la salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not write {what}: {why}</source>
        <translation>no se pudo escribir {what}: {why}</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/ages.py" line="-65"/>
        <source>{text} is not a date; expected YYYY-MM-DD, such as 2025-03-10</source>
        <translation>{text} no es una fecha; se espera AAAA-MM-DD, por ejemplo 2025-03-10</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Baby born {born}.</source>
        <translation>Bebé nacido el {born}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baby born {born} at {weeks}+{days} weeks (due {due}), preterm.</source>
        <translation>Bebé nacido el {born} con {weeks}+{days} semanas (fecha prevista de parto {due}), prematuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baby born {born} at {weeks}+{days} weeks (due {due}), after the due date.</source>
        <translation>Bebé nacido el {born} con {weeks}+{days} semanas (fecha prevista de parto {due}), después de la fecha prevista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baby born {born} at {weeks}+{days} weeks (due {due}), at term.</source>
        <translation>Bebé nacido el {born} con {weeks}+{days} semanas (fecha prevista de parto {due}), a término.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--due, --gestation and --today describe a baby; add --born YYYY-MM-DD</source>
        <translation>--due, --gestation y --today describen a un bebé; añade --born AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--born {born} is after --today {today}; please check the dates</source>
        <translation>--born {born} es posterior a --today {today}; revisa las fechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--born {born} is after today ({today}); please check the dates</source>
        <translation>--born {born} es posterior a hoy ({today}); revisa las fechas</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>On {today}: {age}. Routines are chosen by corrected age: {weeks} completed weeks.</source>
        <translation>El {today}: {age}. Las rutinas se eligen por la edad corregida: {weeks} semanas cumplidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On {today}: {age}. Routines are chosen by age since birth: {weeks} completed weeks.</source>
        <translation>El {today}: {age}. Las rutinas se eligen por la edad desde el nacimiento: {weeks} semanas cumplidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This baby is in neonatal care: skin-to-skin is kangaroo care, with the care team&apos;s agreement. Kangaroo hold comes first.</source>
        <translation>Este bebé está en cuidados neonatales: el contacto piel con piel es método canguro, con el visto bueno del equipo sanitario. El método canguro va primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This baby has not reached the due date: skin-to-skin is kangaroo care, with the care team&apos;s agreement. Kangaroo hold comes first.</source>
        <translation>Este bebé aún no ha llegado a la fecha prevista de parto: el contacto piel con piel es método canguro, con el visto bueno del equipo sanitario. El método canguro va primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suit this baby:</source>
        <translation>Adecuadas para este bebé:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suit this baby: none. touchtimer&apos;s routines are written for babies up to two years; this birth date is {span} ago.</source>
        <translation>Adecuadas para este bebé: ninguna. Las rutinas de touchtimer están escritas para bebés de hasta dos años; esta fecha de nacimiento fue hace {span}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suit this baby: none of the routines yet.</source>
        <translation>Adecuadas para este bebé: todavía ninguna de las rutinas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note: {reason}</source>
        <translation>nota: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not for now:</source>
        <translation>Por ahora no:</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/desktop_install.py" line="+83"/>
        <source>the launcher&apos;s path has a line break in it, which a desktop entry cannot hold</source>
        <translation>la ruta del lanzador tiene un salto de línea, que una entrada de escritorio no puede contener</translation>
    </message>
</context>
<context>
    <name>CLIHelp</name>
    <message>
        <location filename="../touchtimer/cli/ages.py" line="-175"/>
        <source>list the routines that suit a baby born on this day</source>
        <translation>mostrar las rutinas adecuadas para un bebé nacido ese día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the baby&apos;s due date; a baby born before 37 weeks gets corrected age</source>
        <translation>la fecha prevista de parto del bebé; un bebé nacido antes de las 37 semanas tiene edad corregida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weeks+days of pregnancy at birth (such as 34+2), instead of --due</source>
        <translation>semanas+días de embarazo al nacer (por ejemplo 34+2), en lugar de --due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>work out the age on this day instead of today</source>
        <translation>calcular la edad en ese día en lugar de hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the baby is still cared for in a neonatal unit</source>
        <translation>el bebé sigue atendido en una unidad neonatal</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/parser.py" line="+24"/>
        <source>keep sessions and routines in DIR (or set ${variable})</source>
        <translation>guardar sesiones y rutinas en DIR (o define ${variable})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A calm, hands-free guide for skin-to-skin and infant-massage routines. With no command, opens the window.</source>
        <translation>Una guía tranquila y sin manos para rutinas de contacto piel con piel y masaje infantil. Sin ninguna orden, abre la ventana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open the window at this routine&apos;s pre-session screen</source>
        <translation>abrir la ventana en la pantalla de preparación de esta rutina</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list built-in and your own routines</source>
        <translation>mostrar las rutinas incluidas y las tuyas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print JSON instead of a table</source>
        <translation>mostrar JSON en lugar de una tabla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validate routine files</source>
        <translation>comprobar archivos de rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine files (TOML)</source>
        <translation>archivos de rutina (TOML)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add touchtimer to your desktop&apos;s application menu (this user only)</source>
        <translation>añadir touchtimer al menú de aplicaciones de tu escritorio (solo para este usuario)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove what install-desktop added</source>
        <translation>quitar lo que añadió install-desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share your history with another laptop through a folder both can see</source>
        <translation>compartir tu historial con otro portátil mediante una carpeta que vean los dos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the shared folder (a Syncthing or cloud folder, a USB stick); remembered</source>
        <translation>la carpeta compartida (una carpeta de Syncthing o en la nube, una memoria USB); se recuerda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how the other laptop names this one, e.g. &quot;Dad&apos;s laptop&quot;</source>
        <translation>cómo llama el otro portátil a este, p. ej. &quot;Portátil de papá&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list past sessions, newest first</source>
        <translation>mostrar las sesiones pasadas, la más reciente primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON list instead of a table</source>
        <translation>mostrar una lista JSON en lugar de una tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this kind</source>
        <translation>solo este tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this routine</source>
        <translation>solo esta rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only sessions with this baby</source>
        <translation>solo sesiones con este bebé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only sessions this person held or massaged</source>
        <translation>solo sesiones en las que esta persona sostuvo al bebé o dio el masaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from this local day (a session running into it counts)</source>
        <translation>desde este día local (cuenta una sesión que llegue hasta él)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to and including this local day</source>
        <translation>hasta este día local, incluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N sessions</source>
        <translation>como mucho N sesiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export every session and baby (JSON) or sessions (CSV)</source>
        <translation>exportar todas las sesiones y bebés (JSON) o las sesiones (CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: json</source>
        <translation>por defecto: json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write to FILE instead of the screen</source>
        <translation>escribir en FILE en lugar de en la pantalla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge a JSON export into your sessions</source>
        <translation>unir una exportación JSON a tus sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file made by &apos;touchtimer export&apos;</source>
        <translation>un archivo creado con &apos;touchtimer export&apos;</translation>
    </message>
</context>
<context>
    <name>CSV</name>
    <message>
        <location filename="../touchtimer/core/history/export_csv.py" line="+16"/>
        <source>Date</source>
        <extracomment>The column headings, in English; the window writes them in its language (``export_csv(headers=)``).</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Babies</source>
        <translation>Bebés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby response</source>
        <translation>Respuesta del bebé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood before (1-5)</source>
        <translation>Ánimo antes (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood after (1-5)</source>
        <translation>Ánimo después (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session id</source>
        <translation>Id de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregivers</source>
        <translation>Personas que cuidan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fed at the breast</source>
        <translation>Tomó el pecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interruptions</source>
        <translation>Interrupciones</translation>
    </message>
</context>
<context>
    <name>CaregiverPicker</name>
    <message>
        <location filename="../touchtimer/ui/session/caregiver_picker.py" line="+61"/>
        <source>Add people…</source>
        <translation>Añadir personas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people who hold or massage baby</source>
        <translation>Añadir las personas que sostienen o dan masaje al bebé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names you choose (Mum, Dad, Grandma…), to record who held baby</source>
        <translation>Nombres que tú eliges (mamá, papá, abuela…), para anotar quién sostuvo al bebé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Who is massaging?</source>
        <translation>¿Quién da el masaje?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is holding baby?</source>
        <translation>¿Quién sostiene al bebé?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} is holding or massaging</source>
        <translation>{0} sostiene o da el masaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press W to change who (one or more can be chosen)</source>
        <translation>Pulsa W para cambiar quién (se puede elegir a una o más personas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(W changes it)</source>
        <translation>(W lo cambia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: record who held baby.</source>
        <translation>Opcional: anotar quién sostuvo al bebé.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>nobody recorded</source>
        <translation>nadie anotado</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../touchtimer/ui/safety/checkin_dialog.py" line="+54"/>
        <source>&amp;Yes</source>
        <extracomment>The questions in order; &quot;follow_up&quot; is asked only after a &quot;yes&quot;.</extracomment>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer yes</source>
        <translation>Responder sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer no</source>
        <translation>Responder no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip this question</source>
        <translation>&amp;Saltar esta pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave this question unanswered</source>
        <translation>Dejar esta pregunta sin responder</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show what to do right now</source>
        <translation>Mostrar qué hacer ahora mismo</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>For example:</source>
        <translation>Por ejemplo:</translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <location filename="../touchtimer/ui/platform/chimes.py" line="+56"/>
        <source> (on Linux, install the libpulse0 package)</source>
        <extracomment>A chime was started: (kind, volume).</extracomment>
        <translation> (en Linux, instala el paquete libpulse0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sound module could not be loaded</source>
        <translation>no se pudo cargar el módulo de sonido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the chime sound files are missing from {0}</source>
        <translation>faltan los archivos de sonido en {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no sound output device was found</source>
        <translation>no se encontró ningún dispositivo de salida de sonido</translation>
    </message>
</context>
<context>
    <name>CrashSafety</name>
    <message>
        <location filename="../touchtimer/ui/session/crash_safety.py" line="+110"/>
        <source>This session cannot be written to disk just now; it goes on, and saving at the end will say what to do.</source>
        <translation>Ahora mismo esta sesión no se puede escribir en el disco; sigue en marcha, y al guardarla al final se te dirá qué hacer.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+4"/>
        <source>The file could not be written ({0}); please choose another place.</source>
        <translation>No se pudo escribir el archivo ({0}); por favor, elige otro lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session is saved in {0}. It stays here too: Save again once there is room.</source>
        <translation>Esta sesión está guardada en {0}. También sigue aquí: pulsa Guardar de nuevo cuando haya espacio.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save this session as a file</source>
        <translation>Guardar esta sesión como archivo</translation>
    </message>
</context>
<context>
    <name>CueChoice</name>
    <message>
        <location filename="../touchtimer/ui/settings/cue_choice.py" line="+42"/>
        <source>Voice &amp;and chimes</source>
        <translation>Voz &amp;y sonidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each stage and prompt is spoken, after a soft chime.</source>
        <translation>Cada etapa e indicación se dice en voz alta, después de un sonido suave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chimes onl&amp;y</source>
        <translation>&amp;Solo sonidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft chime at each stage and prompt; nothing is spoken.</source>
        <translation>Un sonido suave en cada etapa e indicación; no se dice nada en voz alta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ilent</source>
        <translation>Sin soni&amp;do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No sound for stages and prompts: look at the screen.</source>
        <translation>Ningún sonido para las etapas y las indicaciones: mira la pantalla.</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../touchtimer/ui/platform/cue_player.py" line="+35"/>
        <source>Next up: {title}.</source>
        <translation>A continuación: {title}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearly done.</source>
        <translation>Ya casi está.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you are ready: {title}.</source>
        <translation>Cuando estés listo: {title}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is the end of the routine. Take all the time you like.</source>
        <translation>Aquí termina la rutina. Tómate todo el tiempo que quieras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session has ended. Take all the time you like.</source>
        <translation>La sesión ha terminado. Tómate todo el tiempo que quieras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to check baby&apos;s position. {items} When all of this is right, press Enter.</source>
        <translation>Es hora de comprobar la posición del bebé. {items} Cuando todo esto esté bien, pulsa Intro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position check is still on the screen. When all is right, press Enter.</source>
        <translation>La comprobación de la posición sigue en la pantalla. Cuando todo esté bien, pulsa Intro.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Spoken cues and chimes are silent: {0}; {1}.</source>
        <extracomment>The status sentence changed (&quot;&quot; when every cue the settings ask for can play).</extracomment>
        <translation>Los avisos hablados y los sonidos están en silencio: {0}; {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken cues are silent: {0}. Chimes still play.</source>
        <translation>Los avisos hablados están en silencio: {0}. Los sonidos siguen sonando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chimes are silent: {0}.</source>
        <translation>Los sonidos están en silencio: {0}.</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <location filename="../touchtimer/ui/history/daily_chart.py" line="+97"/>
        <source>%1 h</source>
        <extracomment>Colours for people in the chart: muted mid-tones, apart from each other, legible on light and dark.</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>your daily target: %1 min</source>
        <translation>tu objetivo diario: %1 min</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not recorded</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Daily skin-to-skin minutes</source>
        <translation>Minutos diarios de piel con piel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 days, %2 in all, daily target %3 min</source>
        <translation>%1 días, %2 en total, objetivo diario %3 min</translation>
    </message>
</context>
<context>
    <name>DailyTargetField</name>
    <message>
        <location filename="../touchtimer/ui/babies/target_field.py" line="+27"/>
        <source>Own daily target</source>
        <extracomment>The most a target can be: a whole day.</extracomment>
        <translation>Objetivo diario propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This baby has an own daily target</source>
        <translation>Este bebé tiene su propio objetivo diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For this baby only, for example 4 or 8 hours a day for a baby born early; otherwise the general target in the settings applies</source>
        <translation>Solo para este bebé, por ejemplo 4 u 8 horas al día para un bebé que nació antes de tiempo; si no, se aplica el objetivo general de los ajustes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily target, hours</source>
        <translation>Objetivo diario, horas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily target, minutes</source>
        <translation>Objetivo diario, minutos</translation>
    </message>
</context>
<context>
    <name>DataDeletion</name>
    <message>
        <location filename="../touchtimer/ui/settings/data_deletion.py" line="+49"/>
        <source>Export my sessions</source>
        <translation>Exportar mis sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, everything (*.json)</source>
        <translation>JSON, todo (*.json)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Available once the session on screen is saved or discarded.</source>
        <translation>Disponible cuando la sesión en pantalla se haya guardado o descartado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available once your sessions have been read.</source>
        <translation>Disponible cuando se hayan leído tus sesiones.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The export could not be saved in {0} ({1}). Nothing has been deleted; you can choose another place.</source>
        <translation>No se pudo guardar la exportación en {0} ({1}). No se ha borrado nada; puedes elegir otro lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sessions are exported to {0}.</source>
        <translation>Tus sesiones se han exportado a {0}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your data was deleted, but touchtimer could not start a new, empty record of sessions ({0}). Please close and start it again.</source>
        <translation>Tus datos se han borrado, pero touchtimer no pudo empezar un registro de sesiones nuevo y vacío ({0}). Por favor, ciérralo y vuelve a abrirlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All your data has been deleted. touchtimer carries on with an empty history.</source>
        <translation>Se han borrado todos tus datos. touchtimer sigue con un historial vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most of your data has been deleted, but these files could not be removed: {0}. You can remove them yourself.</source>
        <translation>Se han borrado casi todos tus datos, pero estos archivos no se pudieron eliminar: {0}. Puedes eliminarlos tú.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../touchtimer/ui/widgets/date_field.py" line="+81"/>
        <source>for example 2025-10-22 or %1</source>
        <translation>por ejemplo, 2025-10-22 o %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: choose on a calendar</source>
        <translation>%1: elegir en un calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the day on a calendar</source>
        <translation>Elegir el día en un calendario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, as understood</source>
        <translation>%1, tal como se ha entendido</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is empty; type a date (%2) or choose one on the calendar</source>
        <translation>%1 está vacío; escribe una fecha (%2) o elige una en el calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a date; type it like this: %3</source>
        <translation>%1: «%2» no es una fecha; escríbela así: %3</translation>
    </message>
</context>
<context>
    <name>DeleteDataDialog</name>
    <message>
        <location filename="../touchtimer/ui/settings/delete_data_dialog.py" line="+36"/>
        <source>Delete all my data</source>
        <extracomment>The person wants to export first; the settings dialog connects this to its export action.</extracomment>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This removes every session, note, mood and baby profile that touchtimer keeps on this computer, and every backup of them. It cannot be undone.</source>
        <translation>Esto elimina todas las sesiones, notas, estados de ánimo y perfiles de bebé que touchtimer guarda en este portátil, y todas sus copias de seguridad. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept: your settings (they hold nothing about you or your baby), and any file you saved or exported somewhere else.</source>
        <translation>Se conservan: tus ajustes (no contienen nada sobre ti ni sobre tu bebé) y cualquier archivo que hayas guardado o exportado en otro lugar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export my sessions first…</source>
        <translation>Exportar antes mis sesiones…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also delete the routine files I added</source>
        <translation>Borrar también los archivos de rutina que añadí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I understand this cannot be undone</source>
        <translation>Entiendo que esto no se puede deshacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Also delete the routine files I added (%1)</source>
        <translation>Borrar también los archivos de rutina que añadí (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to be removed: %1, from the folder %2.</source>
        <translation>Archivos que se eliminarán: %1, de la carpeta %2.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../touchtimer/core/file_reading.py" line="+41"/>
        <source>it is a folder, not an ordinary file</source>
        <extracomment>What a parser raises for a document nested too deeply to read (Python&apos;s json and tomllib recurse; past the interpreter&apos;s limit they raise RecursionError, not their own error).</extracomment>
        <translation>es una carpeta, no un archivo normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a pipe (FIFO), not an ordinary file</source>
        <translation>es una tubería (FIFO), no un archivo normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device, not an ordinary file</source>
        <translation>es un dispositivo, no un archivo normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket, not an ordinary file</source>
        <translation>es un socket, no un archivo normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file, not an ordinary file</source>
        <translation>no es un archivo regular, no un archivo normal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is too large ({size} bytes; at most {limit})</source>
        <translation>es demasiado grande ({size} bytes; como máximo {limit})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is too large (more than {limit})</source>
        <translation>es demasiado grande (más de {limit})</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../touchtimer/ui/history/labels.py" line="+14"/>
        <source>Skin-to-skin</source>
        <translation>Piel con piel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Massage</source>
        <translation>Masaje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended early</source>
        <translation>terminada antes de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped early</source>
        <translation>parada antes de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reached</source>
        <translation>sin llegar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>moved on straight away</source>
        <translation>pasó a la siguiente enseguida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved on after %1</source>
        <translation>pasó a la siguiente tras %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>not noted</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>calm</source>
        <translation>tranquilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fussy</source>
        <translation>inquieto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fell asleep</source>
        <translation>se durmió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cried</source>
        <translation>lloró</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>open-ended</source>
        <translation>sin límite de tiempo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/history/days.py" line="+28"/>
        <source>For babies born early, WHO guidance is kangaroo care for 8 to 24 hours a day, as many hours as you and your care team can manage, in hospital and at home. Any time skin-to-skin counts.</source>
        <extracomment>Shown next to the totals while a baby is in the kangaroo-care period (:func:`kangaroo_note_applies`; WHO 2022 recommendations for care of the preterm or low-birth-weight infant; WHO kangaroo mother care position paper, 2023).</extracomment>
        <translation>Para los bebés que nacen antes de tiempo, la OMS recomienda el método canguro de 8 a 24 horas al día, tantas horas como tú y tu equipo sanitario podáis, en el hospital y en casa. Cualquier rato piel con piel cuenta.</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/history/detail_extras.py" line="+41"/>
        <source>yes</source>
        <extracomment>The shared field of a session -&gt; the name ``store.sessions.update`` takes.</extracomment>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} times</source>
        <translation>{0} veces</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../touchtimer/ui/history/filters.py" line="+45"/>
        <source>Baby</source>
        <translation>Bebé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who held or massaged</source>
        <translation>Quién lo sostuvo o dio el masaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of session</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin-to-skin and massage</source>
        <translation>Piel con piel y masaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin-to-skin</source>
        <translation>Piel con piel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Massage</source>
        <translation>Masaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All babies</source>
        <translation>Todos los bebés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All routines</source>
        <translation>Todas las rutinas</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../touchtimer/ui/history/model.py" line="+183"/>
        <source>skin-to-skin %1</source>
        <translation>piel con piel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 massage</source>
        <translation>1 masaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 massages</source>
        <translation>%1 masajes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2 (next day)</source>
        <translation>%1 a %2 (día siguiente)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../touchtimer/ui/history/view.py" line="+82"/>
        <source>Past sessions, newest first</source>
        <translation>Sesiones anteriores, las más recientes primero</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every session as JSON (for a backup) or CSV (for a spreadsheet)</source>
        <translation>Guardar todas las sesiones en JSON (como copia de seguridad) o en CSV (para una hoja de cálculo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add sessions from a touchtimer JSON export</source>
        <translation>Añadir sesiones de una exportación JSON de touchtimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print summary…</source>
        <translation>Imprimir resumen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a one- or two-page summary of the chosen dates for your health visitor or doctor</source>
        <translation>Imprimir un resumen de una o dos páginas de las fechas elegidas para tu enfermera o tu médico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save summary as PDF…</source>
        <translation>Guardar resumen en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same summary as a PDF file, to send or print later</source>
        <translation>El mismo resumen en un archivo PDF, para enviarlo o imprimirlo más tarde</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Sessions</source>
        <translation>S&amp;esiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily totals</source>
        <translation>&amp;Totales diarios</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>No sessions match these choices.</source>
        <translation>Ninguna sesión coincide con esta selección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions you finish will appear here.</source>
        <translation>Las sesiones que termines aparecerán aquí.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Deleted the session from %1 at %2.</source>
        <translation>Sesión borrada: %1, %2.</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/history/files.py" line="+76"/>
        <source>Could not save the export.</source>
        <translation>No se pudo guardar la exportación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not imported and nothing was changed. Here is what needs fixing:</source>
        <translation>%1 no se importó y no se cambió nada. Esto es lo que hay que corregir:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not import %1.</source>
        <translation>No se pudo importar %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1: added %2, %3 already here.</source>
        <translation>Importado %1: añadidas %2, %3 ya estaban aquí.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not save the summary.</source>
        <translation>No se pudo guardar el resumen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the summary as %1.</source>
        <translation>Resumen guardado como %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON, everything (*.json)</source>
        <translation>JSON, todo (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export sessions</source>
        <translation>Exportar sesiones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import sessions</source>
        <translation>Importar sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>touchtimer export (*.json);;All files (*)</source>
        <translation>Exportación de touchtimer (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent the summary to %1.</source>
        <translation>Resumen enviado a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../touchtimer/ui/routines/home_page.py" line="+61"/>
        <source>Who is this time for?</source>
        <extracomment>The parent chose who the session is for (the babies&apos; ids), to be remembered for the next start.</extracomment>
        <translation>¿Para quién es este rato?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Baby</source>
        <translation>Bebé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a baby profile; routines that suit their age come first</source>
        <translation>Elige el perfil de un bebé; las rutinas adecuadas para su edad aparecen primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+146"/>
        <source>No one chosen</source>
        <translation>Nadie elegido</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>&amp;Baby:</source>
        <translation>&amp;Bebé:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also with</source>
        <translation>También con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two babies at once (twins, say): the session counts for both</source>
        <translation>Dos bebés a la vez (gemelos, por ejemplo): la sesión cuenta para los dos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>No one else</source>
        <translation>Nadie más</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;And:</source>
        <translation>&amp;Y:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bab&amp;ies…</source>
        <translation>Be&amp;bés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Babies</source>
        <translation>Bebés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a baby, or change a baby&apos;s details</source>
        <translation>Añadir un bebé o cambiar los datos de un bebé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a routine, then press Enter or Continue</source>
        <translation>Elige una rutina y pulsa Intro o Continuar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Continue</source>
        <extracomment>Draws the routine rows; set when the first routines arrive (:meth:`set_data`).</extracomment>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue with this routine</source>
        <translation>Continuar con esta rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare the chosen routine (Enter)</source>
        <translation>Preparar la rutina elegida (Intro)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A moment for &amp;you…</source>
        <translation>Un momento para &amp;ti…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A moment for you: optional check-in</source>
        <translation>Un momento para ti: una pausa opcional para ver cómo estás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An optional check-in for you, the parent</source>
        <translation>Una pausa opcional para ti, para ver cómo estás</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Suitable now for {0}</source>
        <translation>Adecuadas ahora para {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All routines (these may not fit {0} now)</source>
        <translation>Todas las rutinas (puede que estas no sean adecuadas para {0} ahora)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No routines could be loaded.</source>
        <translation>No se pudo cargar ninguna rutina.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chang&amp;e this routine…</source>
        <translation>Ca&amp;mbiar esta rutina…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this routine</source>
        <translation>Cambiar esta rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your own routine in the routine editor</source>
        <translation>Abrir tu propia rutina en el editor de rutinas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make my own version…</source>
        <translation>&amp;Hacer mi propia versión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make my own version of this routine</source>
        <translation>Hacer mi propia versión de esta rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this routine into the editor and change what you like; the original stays as it is</source>
        <translation>Copia esta rutina en el editor y cambia lo que quieras; la original se queda como está</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../touchtimer/core/history/import_file.py" line="+23"/>
        <source>the file is too large ({size} MB); a touchtimer export is at most {most} MB</source>
        <translation>el archivo es demasiado grande ({size} MB); una exportación de touchtimer ocupa como mucho {most} MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty; a touchtimer export is a JSON file</source>
        <translation>el archivo está vacío; una exportación de touchtimer es un archivo JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a text file (it holds binary data); a touchtimer export is a JSON text file</source>
        <translation>no es un archivo de texto (contiene datos binarios); una exportación de touchtimer es un archivo de texto JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a UTF-8 text file (unreadable byte at position {position}); a touchtimer export is a JSON text file</source>
        <translation>no es un archivo de texto UTF-8 (byte ilegible en la posición {position}); una exportación de touchtimer es un archivo de texto JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is not valid JSON (line {line}, column {column}: {error})</source>
        <translation>no es JSON válido (línea {line}, columna {column}: {error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this JSON is nested too deeply to be a touchtimer export</source>
        <translation>este JSON está anidado a demasiada profundidad para ser una exportación de touchtimer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} was not read: {reason}; a touchtimer export is an ordinary file of at most {most} MB</source>
        <translation>{path} no se leyó: {reason}; una exportación de touchtimer es un archivo normal de {most} MB como mucho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no file {path}</source>
        <translation>no hay ningún archivo {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} could not be read ({why})</source>
        <translation>{path} no se pudo leer ({why})</translation>
    </message>
    <message numerus="yes">
        <location filename="../touchtimer/core/history/import_merge.py" line="+45"/>
        <source>%n session(s)</source>
        <extracomment>in the file, but deleted here since (shared deletions are final): not brought back stored only as an interrupted checkpoint, now replaced by the file&apos;s finished copy</extracomment>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n (baby|babies)</source>
        <translation>
            <numerusform>%n bebé</numerusform>
            <numerusform>%n bebés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added {sessions} and {babies}, already there {same}</source>
        <translation>se añadieron {sessions} y {babies}, ya estaban {same}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{line} (%n of those differ from the file; the copy already here was kept)</source>
        <translation>
            <numerusform>{line} (%n de ellos es distinto del archivo; se conservó la copia que ya había aquí)</numerusform>
            <numerusform>{line} (%n de ellos son distintos del archivo; se conservó la copia que ya había aquí)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>added %n caregiver(s)</source>
        <translation>
            <numerusform>se añadió %n persona cuidadora</numerusform>
            <numerusform>se añadieron %n personas cuidadoras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>left out %n (entry|entries) deleted here since (deleted things do not come back)</source>
        <translation>
            <numerusform>se omitió %n entrada borrada aquí desde entonces (lo borrado no vuelve)</numerusform>
            <numerusform>se omitieron %n entradas borradas aquí desde entonces (lo borrado no vuelve)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>completed %n session(s) kept here only as interrupted</source>
        <translation>
            <numerusform>se completó %n sesión que aquí solo estaba como interrumpida</numerusform>
            <numerusform>se completaron %n sesiones que aquí solo estaban como interrumpidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}; {more}</source>
        <translation>{line}; {more}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no baby with id &quot;{id}&quot; in this file or in touchtimer</source>
        <translation>no hay ningún bebé con el identificador &quot;{id}&quot; en este archivo ni en touchtimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no caregiver with id &quot;{id}&quot; in this file or in touchtimer</source>
        <translation>no hay ninguna persona cuidadora con el identificador &quot;{id}&quot; en este archivo ni en touchtimer</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/history/import_words.py" line="+47"/>
        <source>session {number}</source>
        <extracomment>Lists in the file, and what one item of each is called.</extracomment>
        <translation>sesión {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage {number}</source>
        <translation>etapa {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baby {number}</source>
        <translation>bebé {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caregiver {number}</source>
        <translation>persona cuidadora {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its baby {number}</source>
        <translation>su bebé {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its caregiver {number}</source>
        <translation>su persona cuidadora {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its response {number}</source>
        <translation>su respuesta {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the id</source>
        <extracomment>Each field, as a person calls it.</extracomment>
        <translation>el identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date of birth</source>
        <translation>la fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due date</source>
        <translation>la fecha prevista de parto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date the profile was added</source>
        <translation>la fecha en que se añadió el perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the routine&apos;s id</source>
        <translation>el identificador de la rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the routine&apos;s title</source>
        <translation>el título de la rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kind of session</source>
        <translation>el tipo de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day</source>
        <translation>el día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the planned time</source>
        <translation>el tiempo previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time spent</source>
        <translation>el tiempo dedicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how it ended</source>
        <translation>cómo terminó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how the baby responded</source>
        <translation>cómo respondió el bebé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mood before</source>
        <translation>el ánimo antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mood after</source>
        <translation>el ánimo después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stages</source>
        <translation>las etapas</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+11"/>
        <source>the babies</source>
        <translation>los bebés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sessions</source>
        <translation>las sesiones</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the format version</source>
        <translation>la versión del formato</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>its place</source>
        <translation>su posición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title</source>
        <translation>el título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the side</source>
        <translation>el lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the format</source>
        <translation>el formato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the export time</source>
        <translation>el momento de la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the caregivers</source>
        <translation>las personas cuidadoras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who held or massaged baby</source>
        <translation>quién lo sostuvo o dio el masaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether she is the mother</source>
        <translation>si ella es la madre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether baby fed at the breast</source>
        <translation>si el bebé tomó el pecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many times the hold was interrupted</source>
        <translation>cuántas veces se interrumpió el contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each baby&apos;s response</source>
        <translation>la respuesta de cada bebé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether baby is in neonatal care</source>
        <translation>si el bebé está en cuidados neonatales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the baby&apos;s daily target</source>
        <translation>el objetivo diario del bebé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file</source>
        <extracomment>The fields whose whole numbers are seconds (&quot;a whole number of seconds from 0 to ...&quot;).</extracomment>
        <translation>el archivo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{either} or {other}</source>
        <extracomment>Details said as &quot;{field} is {detail}&quot; (too long, too early, not text that can be saved...).</extracomment>
        <translation>{either} o {other}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one of {choices}</source>
        <translation>uno de {choices}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a whole number of seconds, {low} or more</source>
        <translation>un número entero de segundos, {low} o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number, {low} or more</source>
        <translation>un número entero, {low} o más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number of seconds from {low} to {high}</source>
        <translation>un número entero de segundos de {low} a {high}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;{key}&quot; is missing</source>
        <translation>falta el campo &quot;{key}&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; is listed twice</source>
        <translation>&quot;{value}&quot; aparece dos veces en la lista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; is the same id as {other}</source>
        <translation>&quot;{value}&quot; es el mismo identificador que {other}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{place}, {more}</source>
        <translation>{place}, {more}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+26"/>
        <source>{place}: {detail}</source>
        <translation>{place}: {detail}</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>{place}: {field} is missing</source>
        <translation>{place}: falta {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place}: {field} must be {expected} (the file has {value})</source>
        <translation>{place}: {field} debe ser {expected} (el archivo tiene {value})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place}: this must be {expected} (the file has {value})</source>
        <translation>{place}: esto debe ser {expected} (el archivo tiene {value})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{place}: {field} is {detail}</source>
        <translation>{place}: {field} es {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: this is {detail}</source>
        <translation>{place}: esto es {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}, {field}: {detail}</source>
        <translation>{place}, {field}: {detail}</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/history/import_check.py" line="+98"/>
        <source>{path}: not a field touchtimer knows; it was ignored</source>
        <extracomment>Every export version this touchtimer reads (a version 1 file imports exactly as it always did).</extracomment>
        <translation>{path}: no es un campo que touchtimer conozca; se ha pasado por alto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text that is not empty</source>
        <translation>texto que no esté vacío</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a date like &quot;2026-01-31&quot;</source>
        <translation>una fecha como &quot;2026-01-31&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a date and time with its UTC offset, like &quot;2026-01-31T21:05:00+00:00&quot;</source>
        <translation>una fecha y hora con su diferencia respecto a UTC, como &quot;2026-01-31T21:05:00+00:00&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+23"/>
        <location line="+18"/>
        <location filename="../touchtimer/core/history/import_v2.py" line="+76"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the session ends ({end}) before it starts ({start})</source>
        <translation>la sesión termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a list of baby ids</source>
        <translation>una lista de identificadores de bebé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list of stages</source>
        <translation>una lista de etapas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{position} is already used by {other}</source>
        <translation>{position} ya lo usa {other}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a JSON object with &quot;format_version&quot;, &quot;babies&quot; and &quot;sessions&quot;, got {kind}</source>
        <translation>se esperaba un objeto JSON con &quot;format_version&quot;, &quot;babies&quot; y &quot;sessions&quot;, y hay {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing; this does not look like a touchtimer export</source>
        <translation>falta; esto no parece una exportación de touchtimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this file is format {version}, written by a newer touchtimer; this version reads format {readable} and earlier. Please update touchtimer.</source>
        <translation>este archivo tiene el formato {version}, escrito por un touchtimer más reciente; esta versión lee el formato {readable} y anteriores. Actualiza touchtimer, por favor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <location filename="../touchtimer/core/history/import_v2.py" line="-7"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/history/import_limits.py" line="+48"/>
        <source>too early ({day}; the earliest day touchtimer keeps is {first})</source>
        <translation>anterior a lo que touchtimer guarda ({day}; el primer día que guarda touchtimer es {first})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too late ({day}; the latest day touchtimer keeps is {last})</source>
        <translation>posterior a lo que touchtimer guarda ({day}; el último día que guarda touchtimer es {last})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too early ({moment}; the earliest moment touchtimer keeps is {first})</source>
        <translation>anterior a lo que touchtimer guarda ({moment}; el primer momento que guarda touchtimer es {first})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too late ({moment}; the latest moment touchtimer keeps is {last})</source>
        <translation>posterior a lo que touchtimer guarda ({moment}; el último momento que guarda touchtimer es {last})</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/history/import_v2.py" line="-32"/>
        <source>a list of caregiver ids</source>
        <translation>una lista de identificadores de personas cuidadoras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an object of baby id to response</source>
        <translation>un objeto de identificador de bebé a respuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>baby ids as keys</source>
        <translation>identificadores de bebé como claves</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/limits.py" line="+40"/>
        <source>too long ({count} characters; at most {limit})</source>
        <extracomment>Characters in a session&apos;s note (the summary page and the history&apos;s note box stop here). Characters in a routine&apos;s or a stage&apos;s title (``check`` refuses longer; a session keeps them). Characters in an id (a session&apos;s, a baby&apos;s, a routine&apos;s as a session records it). Characters in a baby&apos;s name (the babies dialog and ``profiles.check_baby`` say so). Seconds in a session or a stage: a year, far past any session, well inside SQLite&apos;s integers. A stage&apos;s place in its session. The first and last day a session, a birth or a due date may fall on: every moment between them is a moment in every time zone, so no history, CSV or page ever overflows on it.</extracomment>
        <translation>de una longitud excesiva ({count} caracteres; como mucho {limit})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not text that can be saved (a lone surrogate, {code}, at character {at})</source>
        <translation>texto que no se puede guardar (un sustituto suelto, {code}, en el carácter {at})</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <location filename="../touchtimer/ui/history/import_result.py" line="+63"/>
        <source>Close</source>
        <extracomment>The most lines of details shown at once.</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import details</source>
        <translation>Detalles de la importación</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../touchtimer/ui/history/files.py" line="-141"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n session(s) in the file differ from the ones here; yours were kept.</source>
        <translation>
            <numerusform>%n sesión del archivo es distinta de la que hay aquí; se ha conservado la tuya.</numerusform>
            <numerusform>%n sesiones del archivo son distintas de las que hay aquí; se han conservado las tuyas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s) kept here only as interrupted were completed from the file.</source>
        <translation>
            <numerusform>%n sesión guardada aquí solo como interrumpida se ha completado con el archivo.</numerusform>
            <numerusform>%n sesiones guardadas aquí solo como interrumpidas se han completado con el archivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KangarooDetails</name>
    <message>
        <location filename="../touchtimer/ui/session/summary_details.py" line="-140"/>
        <source>Fed at the breast during the hold? (B)</source>
        <extracomment>Most interruptions the stepper counts (a long day in the neonatal unit, not a score).</extracomment>
        <translation>¿Tomó el pecho durante el contacto? (B)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fed at the breast: {0}</source>
        <translation>Tomó el pecho: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: whether baby fed at the breast during the hold (B)</source>
        <translation>Opcional: si el bebé tomó el pecho durante el contacto (B)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Times interrupted:</source>
        <translation>Veces interrumpido:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One interruption fewer</source>
        <translation>Una interrupción menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One fewer (−); below none it is not said</source>
        <translation>Una menos (−); por debajo de ninguna queda sin indicar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One interruption more</source>
        <translation>Una interrupción más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more time the hold was interrupted (+)</source>
        <translation>El contacto se interrumpió una vez más (+)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} times</source>
        <translation>{0} veces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times interrupted: {0}</source>
        <translation>Veces interrumpido: {0}</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../touchtimer/ui/settings/language_row.py" line="+25"/>
        <source>Follow the system (%1)</source>
        <translation>Según el sistema (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the window, the routines and the voice</source>
        <translation>El idioma de la ventana, las rutinas y la voz</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new choice is used from the next time touchtimer starts.</source>
        <translation>Un cambio se aplica a partir de la próxima vez que se inicie touchtimer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>touchtimer will be in %1 from the next time it starts.</source>
        <translation>touchtimer estará en %1 a partir de la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../touchtimer/ui/main_window.py" line="+140"/>
        <source>Loading…</source>
        <extracomment>A session was saved to the store (the argument is the saved :class:`SessionRecord`). A discard was written, or refused by the data file (the argument is its ``DiscardResult``). Saving the finished session failed (the argument is its ``SaveResult``); it stays on the summary. The session could not be checkpointed (the argument says why); it goes on regardless. The parent&apos;s own routines folder (where the editor saves); known once the data is loaded. The session on screen, from Start until it is saved or discarded. Where the session&apos;s writes go (made with the store): a thread of its own. Sharing the history through a folder (``ui/sharing/wiring.attach_sharing``), once wired. How many times the actions were brought in line with the session (a test reads it).</extracomment>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no routine called “{0}”. Choose one below (known routines: {1}).</source>
        <translation>No hay ninguna rutina llamada «{0}». Elige una abajo (rutinas conocidas: {1}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} — touchtimer</source>
        <translation>{0} — touchtimer</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>End the session and close?</source>
        <translation>¿Terminar la sesión y cerrar?</translation>
    </message>
    <message numerus="yes">
        <location line="-169"/>
        <source>%n routine file(s) could not be read and were left out. Run “touchtimer check FILE” to see why.</source>
        <translation>
            <numerusform>%n archivo de rutina no se pudo leer y se ha dejado fuera. Ejecuta «touchtimer check ARCHIVO» para ver por qué.</numerusform>
            <numerusform>%n archivos de rutina no se pudieron leer y se han dejado fuera. Ejecuta «touchtimer check ARCHIVO» para ver por qué.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The session so far will be saved, marked as ended early.</source>
        <translation>Se guardará la sesión hasta este momento, marcada como terminada antes de tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End and close</source>
        <translation>Terminar y cerrar</translation>
    </message>
</context>
<context>
    <name>MassageWords</name>
    <message numerus="yes">
        <location filename="../touchtimer/ui/history/totals.py" line="+65"/>
        <source>Massage: %n session(s).</source>
        <translation>
            <numerusform>Masaje: %n sesión.</numerusform>
            <numerusform>Masaje: %n sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Massage: %n session(s), about %1 a week.</source>
        <translation>
            <numerusform>Masaje: %n sesión, unas %1 por semana.</numerusform>
            <numerusform>Masaje: %n sesiones, unas %1 por semana.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaKeys</name>
    <message>
        <location filename="../touchtimer/ui/platform/media_keys.py" line="+199"/>
        <source>Stage done</source>
        <extracomment>What each player method does, by the session&apos;s state: the name of the window action to run. How many times touchtimer tried to go on the bus (once per session at most).</extracomment>
        <translation>Etapa terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for “{0}”</source>
        <translation>Listos para «{0}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} — {1} min left</source>
        <translation>{0} — quedan {1} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} — {1} min so far</source>
        <translation>{0} — {1} min hasta ahora</translation>
    </message>
</context>
<context>
    <name>MinutesSeconds</name>
    <message>
        <location filename="../touchtimer/ui/routines/stage_editor.py" line="+79"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, minutes</source>
        <translation>%1, minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, seconds</source>
        <translation>%1, segundos</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <location filename="../touchtimer/ui/session/presession_page.py" line="+43"/>
        <source>Rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · very low</source>
        <translation>1 · muy mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · low</source>
        <translation>2 · mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · okay</source>
        <translation>3 · regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · good</source>
        <translation>4 · bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · very good</source>
        <translation>5 · muy bien</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../touchtimer/ui/babies/people_dialog.py" line="+40"/>
        <location line="+7"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The people who hold or massage baby. Before each session you choose who it is (W), and History shows each person&apos;s time. Any names you like.</source>
        <translation>Las personas que sostienen o dan masaje al bebé. Antes de cada sesión eliges quién es (W), y el Historial muestra el tiempo de cada persona. Puedes usar los nombres que quieras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody yet. Add the first person below.</source>
        <translation>Aún no hay nadie. Añade abajo a la primera persona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A name, for example Mum, Dad or Grandma</source>
        <translation>Un nombre, por ejemplo Mamá, Papá o Abuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is baby&apos;s &amp;mother</source>
        <translation>Es la &amp;madre del bebé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Her time is shown apart in History and the PDF summary, as kangaroo-care units report it</source>
        <translation>Su tiempo se muestra aparte en el Historial y en el resumen PDF, como lo registran las unidades de método canguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new person with this name</source>
        <translation>Añadir una persona nueva con este nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the chosen person this name</source>
        <translation>Dar este nombre a la persona elegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen person; their sessions stay in history</source>
        <translation>Eliminar a la persona elegida; sus sesiones se quedan en el historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is baby&apos;s mother</source>
        <translation>Es la madre del bebé</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{0} (baby&apos;s mother)</source>
        <translation>{0} (madre del bebé)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Remove {0}?</source>
        <translation>¿Eliminar a {0}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the list? Their sessions stay in your history, without their name.</source>
        <translation>¿Eliminar a {0} de la lista? Sus sesiones se quedan en tu historial, sin su nombre.</translation>
    </message>
</context>
<context>
    <name>PreSessionPage</name>
    <message>
        <location filename="../touchtimer/ui/session/presession_page.py" line="+67"/>
        <source>How are you feeling (optional)</source>
        <translation>Cómo te sientes (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: how you feel right now, from 1 (very low) to 5 (very good)</source>
        <translation>Opcional: cómo te sientes ahora mismo, de 1 (muy mal) a 5 (muy bien)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How are you &amp;feeling?</source>
        <translation>¿Cómo te &amp;sientes?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A moment for &amp;you…</source>
        <translation>Un momento para &amp;ti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moment for you: optional check-in</source>
        <translation>Un momento para ti: una pausa opcional para ver cómo estás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An optional check-in for you, the parent</source>
        <translation>Una pausa opcional para ti, para ver cómo estás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wait for me between stages</source>
        <translation>&amp;Esperarme entre etapas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for me between stages</source>
        <translation>Esperarme entre etapas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a stage ends, hold until you press Next</source>
        <translation>Cuando termine una etapa, esperar hasta que pulses Siguiente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose &amp;another</source>
        <translation>Elegir &amp;otra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another routine</source>
        <translation>Elegir otra rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the list of routines</source>
        <translation>Volver a la lista de rutinas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+122"/>
        <source>Start the session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Start the session (Enter)</source>
        <translation>Empezar la sesión (Intro)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Evidence notes: {0}</source>
        <translation>Notas sobre la evidencia: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About a minute after baby is on your chest, touchtimer shows this list again and asks you to check it, with one key.</source>
        <translation>Más o menos un minuto después de que el bebé esté sobre tu pecho, touchtimer vuelve a mostrar esta lista y te pide que la compruebes, con una sola tecla.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signs your baby is enjoying it</source>
        <translation>Señales de que tu bebé lo está disfrutando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs to pause: rest your hands still</source>
        <translation>Señales para hacer una pausa: deja las manos quietas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs to stop for today</source>
        <translation>Señales para parar por hoy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I have read this: &amp;Start</source>
        <translation>Lo he leído: &amp;Empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have read this: start the session</source>
        <translation>Lo he leído: empezar la sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read this, then press Enter to start.</source>
        <translation>Lee esto y luego pulsa Intro para empezar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter to start anyway.</source>
        <translation>Pulsa Intro para empezar de todos modos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready when you are.</source>
        <translation>Cuando tú quieras.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This routine may not suit {0} now: {1}. You can still go ahead if you know it is right, for example if your care team has said yes.</source>
        <translation>Puede que esta rutina no sea adecuada para {0} ahora: {1}. Aun así puedes seguir si sabes que es lo correcto, por ejemplo si tu equipo sanitario ha dicho que sí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your baby</source>
        <translation>tu bebé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These suit now:</source>
        <translation>Estas son adecuadas ahora:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Prepare {0} instead</source>
        <translation>Preparar {0} en su lugar</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <location filename="../touchtimer/core/babies/ages.py" line="+189"/>
        <source>needs your care team&apos;s agreement</source>
        <translation>necesita el visto bueno de tu equipo sanitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>born early: massage before the due date needs your care team&apos;s agreement</source>
        <translation>nació antes de tiempo: el masaje antes de la fecha prevista de parto necesita el visto bueno de tu equipo sanitario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the due date or in neonatal care, skin-to-skin needs your care team&apos;s agreement; Kangaroo hold is written for this time</source>
        <translation>antes de la fecha prevista de parto o en cuidados neonatales, el contacto piel con piel necesita el visto bueno de tu equipo sanitario; Método canguro está pensada para esta etapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>before the due date or in neonatal care, fathers and partners use Kangaroo hold, with the care team&apos;s agreement</source>
        <translation>antes de la fecha prevista de parto o en cuidados neonatales, los padres y las parejas usan Método canguro, con el visto bueno del equipo sanitario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for babies born early (preterm)</source>
        <translation>para bebés nacidos antes de tiempo (prematuros)</translation>
    </message>
</context>
<context>
    <name>ResumeQuestion</name>
    <message>
        <location filename="../touchtimer/ui/session/reliability_prompts.py" line="+59"/>
        <source>Continue your session?</source>
        <translation>¿Continuar tu sesión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” stopped unexpectedly after %2. It is saved as interrupted.</source>
        <translation>La sesión «%1» se detuvo de forma inesperada tras %2. Está guardada como interrumpida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can continue it where it stopped, or leave it as it is.</source>
        <translation>Puedes continuarla donde se detuvo o dejarla como está.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it</source>
        <translation>Dejarla</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <location filename="../touchtimer/ui/window/routine_editing.py" line="+42"/>
        <source>Import a routine file</source>
        <translation>Importar un archivo de rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine files (*.toml)</source>
        <translation>Archivos de rutina (*.toml)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your routine is ready on Home.</source>
        <translation>Tu rutina ya está lista en Inicio.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../touchtimer/ui/routines/editor.py" line="+57"/>
        <source>Edit routine</source>
        <translation>Editar rutina</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (my version)</source>
        <translation>%1 (mi versión)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built-in routines stay as they are. This is your own copy of “%1”; change what you like and save it.</source>
        <translation>Las rutinas incluidas se quedan como están. Esta es tu propia copia de «%1»; cambia lo que quieras y guárdala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your routine, saved in %1.</source>
        <translation>Tu rutina, guardada en %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Evidence notes (%1) stay as in the original, with their sources.</source>
        <translation>Las notas sobre la evidencia (%1) se quedan como en el original, con sus fuentes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open-ended</source>
        <translation>sin límite de tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no title yet)</source>
        <translation>(aún sin título)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved in your routines folder as %1</source>
        <translation>Guardada en tu carpeta de rutinas como %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be saved in your routines folder as %1</source>
        <translation>Se guardará en tu carpeta de rutinas como %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do, in a sentence.</source>
        <translation>Qué hacer, en una frase.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>another routine already uses “%1”; choose another file name</source>
        <translation>otra rutina ya usa «%1»; elige otro nombre de archivo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  (needs a change)</source>
        <translation>  (necesita un cambio)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One thing to change before saving:</source>
        <translation>Una cosa que cambiar antes de guardar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 things to change before saving:</source>
        <translation>%1 cosas que cambiar antes de guardar:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A routine file named %1 is already in your routines folder. Replace it with this routine?</source>
        <translation>Ya hay un archivo de rutina llamado %1 en tu carpeta de rutinas. ¿Quieres reemplazarlo por esta rutina?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: choose another file name.</source>
        <translation>Sin guardar: elige otro nombre de archivo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %1 already exists.</source>
        <translation>Sin guardar: %1 ya existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as %1.</source>
        <translation>Guardada como %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new copy: the original stays as it was.</source>
        <translation>Una copia nueva: la original se queda como estaba.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not exported: %1</source>
        <translation>Sin exportar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1. Import it in touchtimer on another computer to use the same routine.</source>
        <translation>Exportada a %1. Impórtala en touchtimer en otro equipo para usar la misma rutina.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Routine files (*.toml)</source>
        <translation>Archivos de rutina (*.toml)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Choose a file name</source>
        <translation>Elige un nombre de archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already have a routine called “%1”. Import this one under another name:</source>
        <translation>Ya tienes una rutina llamada «%1». Importa esta con otro nombre:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This routine file cannot be used</source>
        <translation>Este archivo de rutina no se puede usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported: the file needs a change (%1).</source>
        <translation>Sin importar: el archivo necesita un cambio (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not imported.</source>
        <translation>Sin importar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: %1</source>
        <translation>Sin importar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported as %1.</source>
        <translation>Importada como %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import routine</source>
        <translation>Importar rutina</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/routines/editor_wording.py" line="+27"/>
        <source>{what} {problem}</source>
        <translation>{what} {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the youngest age</source>
        <translation>la edad mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the oldest age</source>
        <translation>la edad máxima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, prompt %1</source>
        <translation>, indicación %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instruction</source>
        <translation>instrucción</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>length</source>
        <translation>duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>time</source>
        <translation>momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>repeat time</source>
        <translation>intervalo de repetición</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
</context>
<context>
    <name>RoutineEditorLayout</name>
    <message>
        <location filename="../touchtimer/ui/routines/editor_layout.py" line="+60"/>
        <source>About this copy</source>
        <extracomment>Routine-level fields that have a message label of their own. The screen space to fit in; None means the screen the dialog is on.</extracomment>
        <translation>Sobre esta copia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The routine&apos;s name, as shown in the list</source>
        <translation>El nombre de la rutina, tal como aparece en la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skin-to-skin</source>
        <translation>Piel con piel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Massage</source>
        <translation>Masaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skin-to-skin or massage</source>
        <translation>Piel con piel o masaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Youngest age, weeks</source>
        <translation>Edad mínima, semanas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suits babies from this many weeks</source>
        <translation>Adecuada para bebés a partir de este número de semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest age, weeks</source>
        <translation>Edad máxima, semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suits babies up to this many weeks (104 weeks is two years)</source>
        <translation>Adecuada para bebés de hasta este número de semanas (104 semanas son dos años)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two sentences about the routine</source>
        <translation>Una o dos frases sobre la rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One item a line</source>
        <translation>Un punto por línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One safety point a line</source>
        <translation>Un punto de seguridad por línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One reason a line</source>
        <translation>Un motivo por línea</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About this routine</source>
        <translation>Sobre esta rutina</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+25"/>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The stages in order; choose one to change it</source>
        <translation>Las etapas en orden; elige una para cambiarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stage after the chosen one</source>
        <translation>Añadir una etapa después de la elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Remove stage</source>
        <translation>Quitar etapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen stage</source>
        <translation>Quitar la etapa elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move stage up</source>
        <translation>Subir etapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen stage earlier</source>
        <translation>Poner la etapa elegida antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move stage down</source>
        <translation>Bajar etapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen stage later</source>
        <translation>Poner la etapa elegida después</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything that needs a change</source>
        <translation>Todo lo que hay que cambiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a routine file</source>
        <translation>Importar un archivo de rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a routine file (from a partner, say) and add it to your routines</source>
        <translation>Revisar un archivo de rutina (de tu pareja, por ejemplo) y añadirlo a tus rutinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this routine</source>
        <translation>Exportar esta rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this routine to a file you can share</source>
        <translation>Guardar esta rutina en un archivo que puedes compartir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Make a copy</source>
        <translation>Hacer una copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the original as it is and make a new routine from this one</source>
        <translation>Dejar la original como está y crear una rutina nueva a partir de esta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save routine</source>
        <translation>Guardar la rutina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save to your routines folder</source>
        <translation>Guardar en tu carpeta de rutinas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <location filename="../touchtimer/core/routines/checker.py" line="+82"/>
        <source>needs exactly one of at_seconds, at_minutes, every_seconds, every_minutes; found {found}</source>
        <translation>necesita exactamente uno de at_seconds, at_minutes, every_seconds, every_minutes; hay {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs exactly one of at_seconds, at_minutes, every_seconds, every_minutes</source>
        <translation>necesita exactamente uno de at_seconds, at_minutes, every_seconds, every_minutes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>falls at {at} s, but the stage lasts only {length} s; expected a time inside the stage</source>
        <translation>cae en {at} s, pero la etapa dura solo {length} s; se espera un momento dentro de la etapa</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>needs exactly one of minutes, seconds or open_ended = true; found {found}</source>
        <translation>necesita exactamente uno de minutes, seconds u open_ended = true; hay {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs exactly one of minutes, seconds or open_ended = true</source>
        <translation>necesita exactamente uno de minutes, seconds u open_ended = true</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an open-ended stage can have a target; add open_ended = true or remove target_minutes</source>
        <translation>solo una etapa sin duración fija puede tener un objetivo; añade open_ended = true o quita target_minutes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>got {got}; expected {version}, the only routine format this version of touchtimer reads</source>
        <translation>hay {got}; se espera {version}, el único formato de rutina que lee esta versión de touchtimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{id} is not a valid id; expected lower-case letters, digits and dashes, starting with a letter or digit (at most 64)</source>
        <translation>{id} no es un id válido; se esperan letras minúsculas, cifras y guiones, empezando por una letra o una cifra (64 como máximo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code} is not a language code; expected two or three lower-case letters, such as &apos;en&apos; (the default) or &apos;es&apos;</source>
        <translation>{code} no es un código de idioma; se esperan dos o tres letras minúsculas, como &apos;en&apos; (el predeterminado) o &apos;es&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{high} is below {youngest} ({low}); expected {oldest} to be at least {youngest}</source>
        <translation>{high} es menor que {youngest} ({low}); se espera que {oldest} sea al menos {youngest}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a table ([cues]), got {got}</source>
        <translation>se espera una tabla ([cues]), hay {got}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is missing; expected at least one [[stages]] table</source>
        <translation>falta; se espera al menos una tabla [[stages]]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is empty; expected at least one [[stages]] table</source>
        <translation>está vacío; se espera al menos una tabla [[stages]]</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/routines/fields.py" line="+39"/>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number ({value})</source>
        <translation>un número ({value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text ({value})</source>
        <translation>texto ({value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a whole number of seconds</source>
        <extracomment>&quot;expected a whole number of seconds from ... to ...&quot;, by (whole number, unit).</extracomment>
        <translation>un número entero de segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of seconds</source>
        <translation>un número de segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of minutes</source>
        <translation>un número entero de minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of minutes</source>
        <translation>un número de minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of weeks</source>
        <translation>un número entero de semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of weeks</source>
        <translation>un número de semanas</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../touchtimer/core/routines/translations.py" line="+112"/>
        <source>a line break</source>
        <extracomment>Text keys that must stay on one line (an id, a title, a source); other text may hold line breaks and tabs. Every character Unicode calls a control (category Cc: C0, DEL and C1), line breaks and tabs too.
----------
Control characters (C0 and DEL); the second also lets line breaks and tabs through. Searched first, so that text without any (nearly all) is not walked a character at a time at every start.</extracomment>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tab</source>
        <translation>un tabulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the control character {code}</source>
        <translation>el carácter de control {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains {name} at character {position}; expected one line of plain text</source>
        <translation>contiene {name} en el carácter {position}; se espera una sola línea de texto sencillo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains {name} at character {position}; expected plain text (line breaks and tabs are fine)</source>
        <translation>contiene {name} en el carácter {position}; se espera texto sencillo (los saltos de línea y los tabuladores sirven)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n second(s) ({figure})</source>
        <translation>
            <numerusform>%n segundo ({figure})</numerusform>
            <numerusform>%n segundos ({figure})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s) ({figure})</source>
        <translation>
            <numerusform>%n hora ({figure})</numerusform>
            <numerusform>%n horas ({figure})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n year(s) ({figure})</source>
        <translation>
            <numerusform>%n año ({figure})</numerusform>
            <numerusform>%n años ({figure})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown key; did you mean &apos;{key}&apos;?</source>
        <translation>clave desconocida; ¿querías decir &apos;{key}&apos;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key; expected one of: {keys}</source>
        <translation>clave desconocida; se espera una de: {keys}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is missing; expected text</source>
        <translation>falta; se espera texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../touchtimer/core/routines/translations.py" line="+11"/>
        <source>expected text, got {got}</source>
        <translation>se espera texto, hay {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty; expected some text</source>
        <translation>está vacío; se espera algo de texto</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../touchtimer/core/routines/translations.py" line="+8"/>
        <source>is {length} characters long; a title can be at most {limit} characters</source>
        <translation>tiene {length} caracteres; un título puede tener como máximo {limit} caracteres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false, got {got}</source>
        <translation>se espera true o false, hay {got}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing; expected a number</source>
        <translation>falta; se espera un número</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>expected a whole number, got {got}</source>
        <translation>se espera un número entero, hay {got}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>expected a number, got {got}</source>
        <translation>se espera un número, hay {got}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value} is out of range; expected {wanted} from {low} to {high}</source>
        <translation>{value} está fuera del rango; se espera {wanted} de {low} a {high}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing; expected one of: {options}</source>
        <translation>falta; se espera uno de: {options}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>got {got}; expected one of: {options}; did you mean &apos;{hint}&apos;?</source>
        <translation>hay {got}; se espera uno de: {options}; ¿querías decir &apos;{hint}&apos;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>got {got}; expected one of: {options}</source>
        <translation>hay {got}; se espera uno de: {options}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a list of text, got {got}</source>
        <translation>se espera una lista de textos, hay {got}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected non-empty text, got {got}</source>
        <translation>se espera un texto no vacío, hay {got}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a list of tables ([[{where}]]), got {got}</source>
        <translation>se espera una lista de tablas ([[{where}]]), hay {got}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a table, got {got}</source>
        <translation>se espera una tabla, hay {got}</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/routines/files.py" line="+40"/>
        <source>does not exist</source>
        <extracomment>Routine files larger than this are refused before parsing.</extracomment>
        <translation>no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a usable file name</source>
        <translation>no es un nombre de archivo válido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 MiB ({bytes} bytes)</source>
        <translation>1 MiB ({bytes} bytes)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>is {size} bytes; a routine file must be at most {limit}</source>
        <translation>tiene {size} bytes; un archivo de rutina puede tener como máximo {limit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a text file; expected a TOML routine file in UTF-8</source>
        <translation>no es un archivo de texto; se espera un archivo de rutina TOML en UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is empty; expected a TOML routine file (see docs/routine-format.md)</source>
        <translation>está vacío; se espera un archivo de rutina TOML (consulta docs/routine-format.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a text file; expected a TOML routine file</source>
        <translation>no es un archivo de texto; se espera un archivo de rutina TOML</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not valid TOML: {reason}</source>
        <translation>no es TOML válido: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is nested too deeply (lists or tables inside each other hundreds of times); a routine file is not</source>
        <translation>está anidado demasiado (listas o tablas unas dentro de otras cientos de veces); un archivo de rutina no lo está</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot be used: {reason}; a routine file is an ordinary file of at most {limit}</source>
        <translation>no se puede usar: {reason}; un archivo de rutina es un archivo normal de como máximo {limit}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is a folder; expected a file</source>
        <translation>es una carpeta; se espera un archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is more than 1 MiB; a routine file must be at most {limit}</source>
        <translation>tiene más de 1 MiB; un archivo de rutina puede tener como máximo {limit}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a built-in routine</source>
        <translation>una rutina incluida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{id}&apos; is already used by {other}; expected an id of its own</source>
        <translation>&apos;{id}&apos; ya lo usa {other}; se espera un id propio</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/routines/safeguards.py" line="+33"/>
        <source>baby&apos;s face can be seen; nose and mouth uncovered; head to one side, chin off the chest; breathing seen and heard, lips and tongue pink</source>
        <extracomment>The longest time a skin-to-skin routine may go without a position check.</extracomment>
        <translation>la cara del bebé se ve; nariz y boca despejadas; cabeza hacia un lado, barbilla separada del pecho; respiración que se ve y se oye, labios y lengua rosados</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this open-ended skin-to-skin stage has no repeating position check; expected a prompt with kind = &quot;check&quot; that repeats at most every {limit} (every_minutes = 15 or less)</source>
        <translation>esta etapa piel con piel sin duración fija no tiene una comprobación de la posición que se repita; se espera una indicación con kind = &quot;check&quot; que se repita al menos cada {limit} (every_minutes = 15 o menos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the position check repeats only every {every}; expected at most every {limit}</source>
        <translation>la comprobación de la posición solo se repite cada {every}; se espera al menos cada {limit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the start of the routine</source>
        <translation>el inicio de la rutina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the end of stages[{index}]</source>
        <translation>el final de stages[{index}]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>goes more than {limit} without a position check (counting from {start}); expected a prompt with kind = &quot;check&quot; at least every {limit}</source>
        <translation>pasa más de {limit} sin comprobación de la posición (contando desde {start}); se espera una indicación con kind = &quot;check&quot; al menos cada {limit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the check in stages[{index}] at {time}</source>
        <translation>la comprobación en stages[{index}] en {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its start</source>
        <translation>su inicio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only a skin-to-skin routine has a stage where baby is placed on the chest; remove placing</source>
        <translation>solo una rutina piel con piel tiene una etapa en la que se coloca al bebé sobre el pecho; quita placing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baby is placed on the chest in one stage only, and stages[{index}] says so already; remove placing here</source>
        <translation>al bebé se le coloca sobre el pecho en una sola etapa, y stages[{index}] ya lo indica; quita placing aquí</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a skin-to-skin routine needs the safe-position checklist, and this one has none; expected a list of what the parent confirms, such as: {example}</source>
        <translation>una rutina piel con piel necesita la lista de comprobación de la posición segura, y esta no la tiene; se espera una lista de lo que confirma el padre o la madre, por ejemplo: {example}</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/routines/translations.py" line="-87"/>
        <source>English</source>
        <extracomment>Names of the languages touchtimer knows, for messages; other codes are shown as they are.</extracomment>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Polish</source>
        <translation>polaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>a control character ({code})</source>
        <translation>un carácter de control ({code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds {what}; expected one line of text</source>
        <translation>contiene {what}; se espera una sola línea de texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds {what}; expected plain text</source>
        <translation>contiene {what}; se espera texto sencillo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is empty; expected the translated text</source>
        <translation>está vacío; se espera el texto traducido</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>has placeholders that differ from the original; expected the same ones ({want})</source>
        <translation>tiene marcadores distintos del original; se esperan los mismos ({want})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has numbers that differ from the original; expected the same numbers ({want})</source>
        <translation>tiene números distintos del original; se esperan los mismos números ({want})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected tables such as [translations.de], one for each language</source>
        <translation>se esperan tablas como [translations.de], una para cada idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{code}&apos; is not a language code; expected two or three lower-case letters, such as &apos;es&apos; or &apos;de&apos;</source>
        <translation>&apos;{code}&apos; no es un código de idioma; se esperan dos o tres letras minúsculas, como &apos;es&apos; o &apos;de&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this routine is written in {language} already; expected a translation into another language</source>
        <translation>esta rutina ya está escrita en {language}; se espera una traducción a otro idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a table ([{where}]) of &quot;original text&quot; = &quot;translation&quot;</source>
        <translation>se espera una tabla ([{where}]) de &quot;texto original&quot; = &quot;traducción&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not a text of this routine; did you mean &quot;{text}&quot; ({path})?</source>
        <translation>no es un texto de esta rutina; ¿querías decir &quot;{text}&quot; ({path})?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a text of this routine; expected a text exactly as the routine writes it (it may have changed)</source>
        <translation>no es un texto de esta rutina; se espera un texto exactamente como lo escribe la rutina (puede haber cambiado)</translation>
    </message>
</context>
<context>
    <name>RunningPage</name>
    <message>
        <location filename="../touchtimer/ui/session/running_page.py" line="+69"/>
        <source>Session state</source>
        <extracomment>How many times the words were redone (not the time): a passing second must not add to it.</extracomment>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet mode (Q)</source>
        <translation>Modo silencioso (Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No voice, very soft chimes; position checks still chime. Q turns it off.</source>
        <translation>Sin voz y con sonidos muy suaves; las comprobaciones de la posición siguen sonando. Q lo desactiva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused. Press Space, or Resume, to go on.</source>
        <translation>En pausa. Pulsa la barra espaciadora o Reanudar para seguir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stage progress</source>
        <translation>Avance de la etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner ring: this stage. Outer ring: the whole routine.</source>
        <translation>Anillo interior: esta etapa. Anillo exterior: toda la rutina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner ring: this stage · outer: the whole routine</source>
        <translation>Anillo interior: esta etapa · exterior: toda la rutina</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current prompt</source>
        <translation>Indicación actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check baby&apos;s position</source>
        <translation>Comprueba la posición del bebé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When every line is true, press Enter (or C).</source>
        <translation>Cuando todas las líneas se cumplan, pulsa Intro (o C).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+141"/>
        <source>What the evidence says</source>
        <translation>Lo que dice la evidencia</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Show or hide what research says about this (B)</source>
        <translation>Mostrar u ocultar lo que dice la investigación sobre esto (B)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{0}  ·  for {1}</source>
        <translation>{0}  ·  para {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hide the evidence</source>
        <translation>Ocultar la evidencia</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} is done. Press Next (or Right) when you are ready for {1}.</source>
        <translation>{0} ha terminado. Pulsa Siguiente (o la flecha derecha) cuando estés listo para {1}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Next: the end — time to rest together</source>
        <translation>A continuación: el final, momento de descansar juntos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next stage: {0} ({1})</source>
        <translation>Siguiente etapa: {0} ({1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of {0}</source>
        <translation>de {0}</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>·  stage {0} of {1}</source>
        <translation>·  etapa {0} de {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session state: {0}</source>
        <translation>Estado de la sesión: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for the next stage</source>
        <translation>Listos para la siguiente etapa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check: </source>
        <translation>Comprueba: </translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/session/running_words.py" line="+34"/>
        <source>{0}
Source: {1} ({2})</source>
        <translation>{0}
Fuente: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/session/running_page.py" line="+17"/>
        <source>open-ended</source>
        <translation>sin límite de tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stage done</source>
        <translation>etapa terminada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of {0} target</source>
        <translation>de la meta de {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>so far</source>
        <translation>hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>about {0} min, {1}</source>
        <translation>unos {0} min, {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under a minute, {0}</source>
        <translation>menos de un minuto, {0}</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/session/running_words.py" line="-15"/>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for you</source>
        <translation>Esperándote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../touchtimer/core/safety.py" line="+59"/>
        <source>Under 2 months: 60 or more breaths a minute, or fewer than 30.</source>
        <extracomment>Youngest first; together they cover every age without a gap.</extracomment>
        <translation>Menos de 2 meses: 60 respiraciones por minuto o más, o menos de 30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 to 12 months: 50 or more breaths a minute.</source>
        <translation>De 2 a 12 meses: 50 respiraciones por minuto o más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 year and older: 40 or more breaths a minute.</source>
        <translation>Desde 1 año: 40 respiraciones por minuto o más.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To count: while baby is calm, watch the tummy rise and fall and count the breaths for a full minute. Babies breathe unevenly, so a shorter count can mislead.</source>
        <extracomment>How to count, shown with the limits.</extracomment>
        <translation>Para contar: mientras el bebé está tranquilo, mira cómo sube y baja la barriga y cuenta las respiraciones durante un minuto entero. Los bebés respiran de forma irregular, así que contar menos tiempo puede confundir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Limits: WHO Integrated Management of Childhood Illness (fast breathing); Italian Journal of Pediatrics, 2017 (newborns).</source>
        <translation>Límites: OMS, Atención Integrada a las Enfermedades Prevalentes de la Infancia (respiración rápida); Italian Journal of Pediatrics, 2017 (recién nacidos).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your baby is blue, pale, floppy or not breathing, or has a pause in breathing, call your local emergency number now.</source>
        <translation>Si tu bebé está azulado, pálido, flácido o no respira, o hace una pausa en la respiración, llama ahora al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lips or tongue blue, grey or pale (look inside the mouth: this works for every skin colour).</source>
        <translation>Labios o lengua azulados, grisáceos o pálidos (mira dentro de la boca: esto sirve para cualquier color de piel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A floppy body, or baby does not respond to you.</source>
        <translation>El cuerpo flácido, o el bebé no te responde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not breathing, or a pause in breathing.</source>
        <translation>No respira, o hace una pausa en la respiración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Struggling to breathe: grunting, flaring nostrils, or the chest or tummy sucking in with each breath.</source>
        <translation>Le cuesta respirar: quejidos, aletea la nariz, o el pecho o la barriga se hunden con cada respiración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathing too fast or too slow for baby&apos;s age (the limits are below).</source>
        <translation>Respira demasiado rápido o demasiado lento para su edad (los límites están abajo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lay baby on their back on a firm, flat surface, and uncover their face, nose and mouth.</source>
        <translation>Acuesta al bebé boca arriba sobre una superficie firme y plana, y destápale la cara, la nariz y la boca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the phone on speaker. The person who answers will tell you what to do.</source>
        <translation>Pon el teléfono en altavoz. La persona que conteste te dirá qué hacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If baby&apos;s position is wrong</source>
        <translation>Si la posición del bebé no es correcta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nose or mouth covered, or face pressed into skin, breast or clothing.</source>
        <translation>La nariz o la boca tapadas, o la cara apretada contra la piel, el pecho o la ropa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chin down on the chest.</source>
        <translation>La barbilla pegada al pecho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot see baby&apos;s face.</source>
        <translation>No puedes ver la cara del bebé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move baby at once: face in view, head turned to one side, nose and mouth clear, chin off the chest. Then, if anything seems wrong, call your local emergency number.</source>
        <translation>Mueve al bebé enseguida: la cara a la vista, la cabeza girada hacia un lado, la nariz y la boca despejadas, la barbilla separada del pecho. Después, si algo no parece ir bien, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In the neonatal unit: press the alarm or call the nurse first.</source>
        <extracomment>The neonatal unit&apos;s routines put the alarm and the nurse first (:func:`emergency_for`).</extracomment>
        <translation>En la unidad neonatal: primero pulsa la alarma o llama a la enfermera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your emergency number: {number}</source>
        <extracomment>Emergency numbers shown as examples when the parent has not set theirs (check before each release). The line under &quot;call now&quot; with the parent&apos;s own number (``{number}``), from the settings.</extracomment>
        <translation>Tu número de emergencias: {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your local emergency number, for example {examples}. You can save yours in Settings.</source>
        <extracomment>The line under &quot;call now&quot; when no number is set; ``{examples}`` is &quot;UK 999, US 911&quot;.</extracomment>
        <translation>El número de emergencias de tu zona, por ejemplo {examples}. Puedes guardar el tuyo en Ajustes.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>touchtimer is not a treatment, and it does not replace care from your midwife, health visitor or doctor. The notes say what studies found, nothing more.</source>
        <extracomment>The longest emergency number the settings accept, and the characters it may have. Said wherever benefit notes are shown (the evidence panel) and in About.</extracomment>
        <translation>touchtimer no es un tratamiento y no sustituye la atención de tu matrona, tu enfermera o tu médico. Las notas dicen lo que encontraron los estudios, nada más.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From your own routine file, not reviewed.</source>
        <extracomment>Put with every benefit note that comes from a parent&apos;s own routine file (not a built-in routine).</extracomment>
        <translation>De tu propio archivo de rutina, sin revisar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feeling sleepy? Lay baby on their back in their cot.</source>
        <extracomment>Said and shown at the end of every skin-to-skin session, however it ends.</extracomment>
        <translation>¿Tienes sueño? Acuesta al bebé boca arriba en su cuna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good call. Stopping when baby has had enough, or when you feel sleepy, is always the right thing to do.</source>
        <extracomment>Shown when a session is ended before the routine&apos;s end: stopping is a good call, never a failure.</extracomment>
        <translation>Bien hecho. Parar cuando el bebé ha tenido suficiente, o cuando te entra sueño, siempre es lo correcto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How are you?</source>
        <translation>¿Cómo estás?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moment for you. This check-in is optional: answer, skip a question, or close it at any time. There is no score and it is not a test. Mothers, fathers and partners can all feel low after a baby arrives.</source>
        <translation>Un momento para ti. Esta pausa es opcional: responde, salta una pregunta o ciérrala cuando quieras. No hay puntuación y no es un examen. Madres, padres y parejas pueden sentirse decaídos tras la llegada de un bebé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>During the past month, have you often been bothered by feeling down, depressed or hopeless?</source>
        <extracomment>The two Whooley questions (NICE), word for word.</extracomment>
        <translation>Durante el último mes, ¿te han afectado a menudo sentimientos de tristeza, depresión o desesperanza?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During the past month, have you often been bothered by having little interest or pleasure in doing things?</source>
        <translation>Durante el último mes, ¿te ha afectado a menudo tener poco interés o poco placer en hacer cosas?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Is this something you feel you need or want help with?</source>
        <extracomment>Asked only after a &quot;yes&quot; to either question above.</extracomment>
        <translation>¿Sientes que necesitas o quieres ayuda con esto?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I feel unsafe, or I might harm myself or my baby</source>
        <extracomment>A choice the parent can make at any point, not a screening question.</extracomment>
        <translation>No me siento a salvo, o podría hacerme daño a mí o a mi bebé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you feel unsafe or might harm yourself or your baby, call your local emergency number now.</source>
        <translation>Si no te sientes a salvo o podrías hacerte daño a ti o a tu bebé, llama ahora al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>If you feel unsafe or might harm yourself or your baby, call your local emergency number now. If baby is in your arms, lay them on their back in their cot while you call.</source>
        <translation>Si no te sientes a salvo o podrías hacerte daño a ti o a tu bebé, llama ahora al número de emergencias de tu zona. Si tienes al bebé en brazos, acuéstalo boca arriba en su cuna mientras llamas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you for saying so. Please talk to your midwife, health visitor or doctor soon. Many mothers, fathers and partners feel like this, and support is there for you.</source>
        <translation>Gracias por decirlo. Por favor, habla pronto con tu matrona, tu enfermera o tu médico. Muchas madres, padres y parejas se sienten así, y hay apoyo para ti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you. It is worth talking to your midwife, health visitor or doctor about how you have been feeling, even if it does not feel urgent. That is part of their job, for fathers and partners too.</source>
        <translation>Gracias. Vale la pena hablar con tu matrona, tu enfermera o tu médico sobre cómo te has sentido, aunque no parezca urgente. Eso es parte de su trabajo, también con padres y parejas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank you. If things change, your midwife, health visitor or doctor is there for you too.</source>
        <translation>Gracias. Si las cosas cambian, tu matrona, tu enfermera o tu médico también están ahí para ti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is fine. This check-in is here whenever you want it.</source>
        <translation>Está bien. Esta pausa está aquí siempre que la quieras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you for saying. A short check-in is here for you, if you would like it.</source>
        <extracomment>A mood of this or lower (1 &quot;very low&quot;, 2 &quot;low&quot;), chosen before or after a session, offers the check-in. The one calm line that offers the check-in then (never a window that opens by itself).</extracomment>
        <translation>Gracias por decirlo. Hay una pausa breve para ver cómo estás, si te apetece.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>UK</source>
        <extracomment>Examples of local numbers, to be checked before each release; the generic crisis line comes first.</extracomment>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>999 in an emergency; NHS 111 for urgent advice; Samaritans 116 123, day or night.</source>
        <translation>999 en una emergencia; NHS 111 para consejo urgente; Samaritans 116 123, de día o de noche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>911 in an emergency; 988 Suicide &amp; Crisis Lifeline, call or text 988, day or night; National Maternal Mental Health Hotline 1-833-852-6262, day or night (support, not a crisis line).</source>
        <translation>911 en una emergencia; 988 Suicide &amp; Crisis Lifeline, llama o escribe al 988, de día o de noche; National Maternal Mental Health Hotline 1-833-852-6262, de día o de noche (apoyo, no una línea de crisis).</translation>
    </message>
</context>
<context>
    <name>SaveProblemDialog</name>
    <message>
        <location filename="../touchtimer/ui/session/reliability_prompts.py" line="+38"/>
        <source>This session is not saved yet</source>
        <translation>Esta sesión aún no está guardada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <location filename="../touchtimer/ui/platform/screen_awake.py" line="+169"/>
        <source>A touchtimer session is running</source>
        <extracomment>A pause (or a wait for the parent) longer than this lets the screen blank again. Five minutes: long enough for a feed-time fumble or a nappy, short enough not to keep a forgotten screen lit.</extracomment>
        <translation>Hay una sesión de touchtimer en marcha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The screen may dim during sessions: {0}.</source>
        <translation>Puede que la pantalla se atenúe durante las sesiones: {0}.</translation>
    </message>
</context>
<context>
    <name>SessionAnnouncer</name>
    <message>
        <location filename="../touchtimer/ui/session/announcer.py" line="+71"/>
        <source>open-ended</source>
        <extracomment>Every sentence announced, in order, with whether it was assertive (what tests read).</extracomment>
        <translation>sin límite de tiempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, left side</source>
        <translation>, lado izquierdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, right side</source>
        <translation>, lado derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage {0} of {1}: {2}{3}, {4}.</source>
        <translation>Etapa {0} de {1}: {2}{3}, {4}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running again.</source>
        <translation>En marcha de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The position check is still waiting. When all is right, press Enter.</source>
        <translation>La comprobación de la posición sigue pendiente. Cuando todo esté bien, pulsa Intro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to check baby&apos;s position: the checklist is on the screen. When all of it is right, press Enter.</source>
        <translation>Es hora de comprobar la posición del bebé: la lista está en la pantalla. Cuando todo esté bien, pulsa Intro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position checked. Thank you.</source>
        <translation>Posición comprobada. Gracias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session is over.</source>
        <translation>La sesión ha terminado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check: {0}</source>
        <translation>Comprueba: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stage done. Press Next when you are ready.</source>
        <translation>Etapa terminada. Pulsa Siguiente cuando quieras seguir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” is done. Press Next when you are ready for “{1}”.</source>
        <translation>«{0}» ha terminado. Pulsa Siguiente cuando quieras seguir con «{1}».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What just changed in the session</source>
        <translation>Lo que acaba de cambiar en la sesión</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <location filename="../touchtimer/ui/history/detail.py" line="+71"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby</source>
        <translation>Bebé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby seemed</source>
        <translation>El bebé parecía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your mood</source>
        <translation>Tu ánimo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you want to remember about this session</source>
        <translation>Lo que quieras recordar de esta sesión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save note</source>
        <extracomment>Save note and Delete session, for the view to keep below the part that scrolls.</extracomment>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete session</source>
        <translation>Borrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this straight afterwards</source>
        <translation>Puedes deshacerlo justo después</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a session to see it here</source>
        <translation>Elige una sesión para verla aquí</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2 to %3 · %4</source>
        <translation>%1, de %2 a %3 · %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(ended the next day)</source>
        <translation>(terminó al día siguiente)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a removed profile</source>
        <translation>un perfil eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not chosen</source>
        <translation>sin elegir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not noted</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before %1, after %2</source>
        <translation>antes %1, después %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Planned %1 · Actual %2 · %3</source>
        <translation>Previsto %1 · Real %2 · %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note saved</source>
        <translation>Nota guardada</translation>
    </message>
</context>
<context>
    <name>SessionExtras</name>
    <message>
        <location filename="../touchtimer/ui/history/detail_extras.py" line="+21"/>
        <location line="+55"/>
        <location line="+92"/>
        <source>Held by</source>
        <translation>Lo sostuvo</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Add people in Go ▸ People… to record who held baby.</source>
        <translation>Añade personas en Ir ▸ Personas… para anotar quién sostuvo al bebé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fed at the breast during the hold</source>
        <translation>Tomó el pecho durante el contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+136"/>
        <source>Fed at the breast</source>
        <translation>Tomó el pecho</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Times the hold was interrupted</source>
        <translation>Veces que se interrumpió el contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+130"/>
        <source>Times interrupted</source>
        <translation>Veces interrumpido</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Massaged by</source>
        <translation>Masaje de</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} held or massaged</source>
        <translation>{0} lo sostuvo o dio el masaje</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a removed profile</source>
        <translation>un perfil eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How {0} responded</source>
        <translation>Cómo respondió {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} seemed</source>
        <translation>{0} parecía</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changed on the other laptop</source>
        <translation>Cambiado en el otro portátil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this laptop</source>
        <translation>este portátil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the other laptop</source>
        <translation>el otro portátil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: changed on the other laptop; before, {1} had {2}.</source>
        <translation>{0}: cambiado en el otro portátil; antes, {1} tenía {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} had {2} (an earlier change).</source>
        <translation>{0}: {1} tenía {2} (un cambio anterior).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use this</source>
        <translation>Usar este</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this value back (shared with the other laptop too)</source>
        <translation>Volver a este valor (también se comparte con el otro portátil)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what is shown and forget the other value</source>
        <translation>Mantener lo que se muestra y olvidar el otro valor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby seemed</source>
        <translation>El bebé parecía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each baby seemed</source>
        <translation>Cada bebé parecía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your mood before</source>
        <translation>Tu ánimo antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your mood after</source>
        <translation>Tu ánimo después</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baby</source>
        <translation>Bebé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
</context>
<context>
    <name>SessionTray</name>
    <message>
        <location filename="../touchtimer/ui/platform/tray.py" line="+52"/>
        <location line="+53"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Next stage</source>
        <translation>Siguiente etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show window</source>
        <translation>Mostrar la ventana</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No session running</source>
        <translation>Ninguna sesión en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Session finished</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Ready for the next stage: {0}</source>
        <translation>Listos para la siguiente etapa: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, {1} of {2}</source>
        <translation>{0}, {1} de {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, {1} so far</source>
        <translation>{0}, {1} hasta ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: {0}</source>
        <translation>En pausa: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now: {0}</source>
        <translation>Ahora: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready when you are</source>
        <translation>Cuando tú quieras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: {0}</source>
        <translation>A continuación: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take all the time you like.</source>
        <translation>Tómate todo el tiempo que quieras.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../touchtimer/ui/settings/dialog.py" line="+86"/>
        <source>touchtimer settings</source>
        <extracomment>&quot;Delete all my data…&quot; was chosen (only after :meth:`offer_data_deletion`); the app asks, calmly.</extracomment>
        <translation>Ajustes de touchtimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Cues</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>How touchtimer tells you about stages and prompts</source>
        <translation>Cómo te avisa touchtimer de las etapas y las indicaciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quiet mode</source>
        <translation>Modo silencioso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a sleeping baby: nothing is spoken and chimes play very softly</source>
        <translation>Para un bebé dormido: no se dice nada en voz alta y los sonidos suenan muy suaves</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Skin-to-skin position checks always chime, softly at least, even with Silent chosen here or in quiet mode. Pausing or waiting does not delay them: baby is still on your chest.</source>
        <translation>Las comprobaciones de la posición en el piel con piel siempre suenan, al menos suavemente, aunque elijas Sin sonido aquí o estés en modo silencioso. Hacer una pausa o esperar no las retrasa: el bebé sigue sobre tu pecho.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quiet mode, for a sleeping baby: nothing is spoken and chimes are very soft. During a session, Q turns it on or off.</source>
        <translation>&amp;Modo silencioso, para un bebé dormido: no se dice nada en voz alta y los sonidos son muy suaves. Durante una sesión, Q lo activa o lo desactiva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The voice that speaks the prompts</source>
        <translation>La voz que lee en voz alta las indicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking rate</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slower to the left, faster to the right</source>
        <translation>Más lenta a la izquierda, más rápida a la derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking &amp;rate</source>
        <translation>Ve&amp;locidad de la voz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How loud the voice speaks</source>
        <translation>A qué volumen habla la voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice v&amp;olume</source>
        <translation>Vol&amp;umen de la voz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chime volume</source>
        <translation>Volumen de los sonidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How loud the chimes play</source>
        <translation>A qué volumen se oyen los sonidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the chime</source>
        <translation>Probar el sonido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the stage chime at this volume</source>
        <translation>Reproducir el sonido de etapa a este volumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chi&amp;me volume</source>
        <translation>Volumen de los so&amp;nidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night (dark, dim)</source>
        <translation>Noche (oscuro, tenue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colours of the window; night is dark and dim</source>
        <translation>Los colores de la ventana; el de noche es oscuro y tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily target</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes of skin-to-skin you would like to reach each day</source>
        <translation>Minutos de piel con piel que te gustaría alcanzar cada día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily target</source>
        <translation>&amp;Objetivo diario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for example 999 in the UK, 911 in the US</source>
        <translation>por ejemplo, 999 en el Reino Unido, 911 en Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your country&apos;s emergency number</source>
        <translation>El número de emergencias de tu país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the emergency screen (H). Left empty, it shows examples.</source>
        <translation>Aparece en la pantalla de emergencia (H). Si lo dejas vacío, se muestran ejemplos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Emergency number</source>
        <translation>Número de &amp;emergencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wait for me between stages</source>
        <translation>Espe&amp;rarme entre etapas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for me</source>
        <translation>Esperarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of each stage, wait until you choose Next</source>
        <translation>Al final de cada etapa, esperar hasta que elijas Siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reduce motio&amp;n</source>
        <translation>Reducir &amp;animaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce motion</source>
        <translation>Reducir animaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No animations anywhere</source>
        <translation>Sin animaciones en ninguna parte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Things touchtimer wants you to know</source>
        <translation>Cosas que touchtimer quiere que sepas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the settings could not be saved</source>
        <translation>Por qué no se pudieron guardar los ajustes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep these settings</source>
        <translation>Guardar estos ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/settings/data_section.py" line="+19"/>
        <source>Your sessions, notes and baby profiles are kept on this computer only.</source>
        <translation>Tus sesiones, notas y perfiles de bebé se guardan solo en este portátil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete all my data…</source>
        <translation>Borrar todos mis datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove every session, note and baby profile from this computer; asks first and offers an export</source>
        <translation>Elimina todas las sesiones, notas y perfiles de bebé de este portátil; antes pregunta y ofrece exportarlos</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/settings/dialog.py" line="+62"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slower {0}</source>
        <translation>Más lenta {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster {0}</source>
        <translation>Más rápida {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>System default</source>
        <translation>Predeterminada del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} (not available)</source>
        <translation>{0} (no disponible)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Some saved settings could not be used, so their defaults are shown:</source>
        <translation>Algunos ajustes guardados no se pudieron usar, así que se muestran sus valores predeterminados:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The settings could not be saved to {0}: {1}</source>
        <translation>No se pudieron guardar los ajustes en {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../touchtimer/core/sharing/exchange.py" line="+40"/>
        <source>the shared folder could not be read ({reason}); try again later</source>
        <extracomment>Our own temporary files older than this were left by a process that died while writing. Entities in one change file: a first exchange of years of history is split into files of this size.</extracomment>
        <translation>no se pudo leer la carpeta compartida ({reason}); vuelve a intentarlo más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shared folder became unreadable ({reason}); try again later</source>
        <translation>la carpeta compartida dejó de poder leerse ({reason}); vuelve a intentarlo más tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}; it was skipped</source>
        <translation>{reason}; se ha omitido</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n change(s) from the other laptop applied</source>
        <extracomment>The name this laptop last wrote into its device file (a new name is written even with nothing new). New things to tell the person, each once (a damaged file, a conflict copy, a change skipped). What changed in the store (for a window whose own store did not make the change).</extracomment>
        <translation>
            <numerusform>%n cambio del otro portátil aplicado</numerusform>
            <numerusform>%n cambios del otro portátil aplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n edit(s) made on both laptops (the later kept; the other is shown with the session)</source>
        <translation>
            <numerusform>%n edición hecha en los dos portátiles (se guarda la más reciente; la otra se muestra con la sesión)</numerusform>
            <numerusform>%n ediciones hechas en los dos portátiles (se guarda la más reciente; la otra se muestra con la sesión)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) shared</source>
        <translation>
            <numerusform>%n cambio compartido</numerusform>
            <numerusform>%n cambios compartidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting for files still on their way</source>
        <translation>
            <numerusform>%n espera archivos que aún están en camino</numerusform>
            <numerusform>%n esperan archivos que aún están en camino</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this laptop</source>
        <translation>este portátil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the shared folder {folder} is not there (a USB stick not plugged in, or a sync folder not set up yet); nothing was exchanged</source>
        <translation>la carpeta compartida {folder} no está (una memoria USB sin conectar, o una carpeta de sincronización aún sin configurar); no se intercambió nada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>touchtimer&apos;s own data could not be written ({reason}); nothing more was exchanged</source>
        <translation>no se pudieron escribir los datos propios de touchtimer ({reason}); no se intercambió nada más</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a folder touchtimer did not make; it was ignored</source>
        <translation>una carpeta que touchtimer no creó; se ha ignorado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a conflict copy made by a sync tool; the original is used</source>
        <translation>una copia de conflicto hecha por una herramienta de sincronización; se usa la original</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a file touchtimer writes; it was ignored</source>
        <translation>no es un archivo que escriba touchtimer; se ha ignorado</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n change(s) in {file} from {laptop} could not be used and (was|were) skipped ({reason})</source>
        <translation>
            <numerusform>%n cambio en {file} de {laptop} no se pudo usar y se omitió ({reason})</numerusform>
            <numerusform>%n cambios en {file} de {laptop} no se pudieron usar y se omitieron ({reason})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the shared folder, {name} from {laptop}: {why}.</source>
        <translation>En la carpeta compartida, {name} de {laptop}: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the shared folder, {name}: {why}.</source>
        <translation>En la carpeta compartida, {name}: {why}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the other laptop</source>
        <translation>el otro portátil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the shared folder went away during the exchange; what was read is kept, and this laptop&apos;s changes are shared next time</source>
        <extracomment>The most a laptop&apos;s name file can be (a name of 80 characters, as JSON, with room to spare).</extracomment>
        <translation>la carpeta compartida desapareció durante el intercambio; lo que se leyó se conserva, y los cambios de este portátil se comparten la próxima vez</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>this laptop&apos;s changes could not be written to the shared folder ({reason}); they are kept here and shared at the next exchange</source>
        <translation>los cambios de este portátil no se pudieron escribir en la carpeta compartida ({reason}); se guardan aquí y se comparten en el próximo intercambio</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/sharing/segments.py" line="+104"/>
        <source>it is too large ({size} MB)</source>
        <extracomment>A change file larger than this is not read (this touchtimer writes at most about 5 MB).</extracomment>
        <translation>es demasiado grande ({size} MB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is incomplete (cut short, perhaps still being copied)</source>
        <translation>está incompleto (cortado, quizá aún se está copiando)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is damaged (not whole lines of text)</source>
        <translation>está dañado (no son líneas de texto completas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a touchtimer change file</source>
        <translation>no es un archivo de cambios de touchtimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was written by a newer touchtimer; update touchtimer to read it</source>
        <translation>lo escribió un touchtimer más reciente; actualiza touchtimer para leerlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it belongs to another laptop&apos;s folder or number (moved or copied by hand)</source>
        <translation>pertenece a la carpeta o al número de otro portátil (movido o copiado a mano)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is incomplete or damaged (its checksum does not match)</source>
        <translation>está incompleto o dañado (su suma de comprobación no coincide)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is incomplete (fewer changes than it announces)</source>
        <translation>está incompleto (tiene menos cambios de los que anuncia)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {line}: {reason}</source>
        <translation>línea {line}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a change</source>
        <translation>no es un cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a change without an id or fields</source>
        <translation>un cambio sin id o sin campos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the field {name} is not [value, stamp]</source>
        <translation>el campo {name} no es [valor, marca]</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/sharing/service.py" line="+178"/>
        <source>touchtimer&apos;s data could not be opened to share it ({reason})</source>
        <extracomment>A burst of folder changes (a sync tool writing several files) becomes one exchange this long after the last of them. A result arrived (on the GUI thread): the argument is the :class:`SyncResult`. Something to tell the person once (a problem, a skipped file). When the last exchange ended (the clock&apos;s wall time), for &quot;last shared at&quot;.</extracomment>
        <translation>no se pudieron abrir los datos de touchtimer para compartirlos ({reason})</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/sharing/routine_files.py" line="+95"/>
        <source>{id} is not a routine id</source>
        <extracomment>A routine file larger than this is not shared (a routine is a few kilobytes).</extracomment>
        <translation>{id} no es un identificador de rutina</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the routine file is too large</source>
        <translation>el archivo de rutina es demasiado grande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the routine file does not pass the checks ({problem})</source>
        <translation>el archivo de rutina no pasa las comprobaciones ({problem})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the routine file&apos;s id does not match its name</source>
        <translation>el identificador del archivo de rutina no coincide con su nombre</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/storage/shared_apply.py" line="+92"/>
        <source>a change of an unknown kind ({kind})</source>
        <extracomment>Writes (``text``) or removes (``None``) a routine file; returns ``False`` if it could not. Reads a routine file&apos;s current text (``None``: no such file). The field an entity cannot be made without.</extracomment>
        <translation>un cambio de un tipo desconocido ({kind})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{kind} {id}: {why}</source>
        <translation>{kind} {id}: {why}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a routine file is removed by an empty text, not a tombstone</source>
        <translation>un archivo de rutina se quita con un texto vacío, no con una marca de borrado</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>a routine file that is not text</source>
        <translation>un archivo de rutina que no es texto</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../touchtimer/ui/sharing/dialog.py" line="+53"/>
        <source>Share history through a folder</source>
        <translation>Compartir el historial por una carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep one history on two laptops, one for each parent, say. Choose a folder both laptops see: one kept in step by Syncthing, Nextcloud or Dropbox, a network share, or a USB stick carried between them. touchtimer writes only its own files there and opens no network connection.</source>
        <translation>Ten un solo historial en dos portátiles, por ejemplo uno para cada miembro de la pareja. Elige una carpeta que vean los dos portátiles: una que Syncthing, Nextcloud o Dropbox mantengan sincronizada, una carpeta compartida en red o una memoria USB que lleves de uno a otro. touchtimer solo escribe allí sus propios archivos y no abre ninguna conexión de red.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not shared: no folder chosen</source>
        <translation>Sin compartir: no hay ninguna carpeta elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Choose the folder both laptops see</source>
        <translation>Elegir la carpeta que ven los dos portátiles</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>S&amp;top sharing</source>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop stops sharing; its history stays as it is</source>
        <translation>Este portátil deja de compartir; su historial se queda como está</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This laptop&apos;s name</source>
        <translation>Nombre de este portátil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the other laptop names this one, for example Dad&apos;s laptop</source>
        <translation>Cómo llama el otro portátil a este, por ejemplo Portátil de papá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Share now</source>
        <translation>Compartir a&amp;hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange with the folder now (it also happens by itself)</source>
        <translation>Intercambiar datos con la carpeta ahora (también se hace solo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the last exchange went</source>
        <translation>Cómo fue el último intercambio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>touchtimer shares by itself when it starts, after each saved session and when the folder changes. A session still running is shared once it is saved.</source>
        <translation>touchtimer comparte por sí solo al iniciarse, después de cada sesión guardada y cuando cambia la carpeta. Una sesión que aún está en marcha se comparte en cuanto se guarda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop&apos;s &amp;name</source>
        <translation>&amp;Nombre de este portátil</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sharing is off. This laptop&apos;s history stays on this laptop.</source>
        <translation>No se está compartiendo. El historial de este portátil se queda en este portátil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not shared yet since touchtimer started.</source>
        <translation>Aún no se ha compartido desde que se inició touchtimer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last shared at {0}: {1}.</source>
        <translation>Compartido por última vez a las {0}: {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not shared at {0}: {1}.</source>
        <translation>No se pudo compartir a las {0}: {1}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>Sharing…</source>
        <translation>Compartiendo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharing waits until the session on screen is saved.</source>
        <translation>Se compartirá cuando se guarde la sesión que está en pantalla.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../touchtimer/ui/shortcuts_dialog.py" line="+26"/>
        <location line="+1"/>
        <location line="+26"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, keys %2</source>
        <translation>%1, teclas %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every keyboard shortcut in touchtimer</source>
        <translation>Todos los atajos de teclado de touchtimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this list (Esc)</source>
        <translation>Cerrar esta lista (Esc)</translation>
    </message>
</context>
<context>
    <name>SleepQuestion</name>
    <message>
        <location filename="../touchtimer/ui/session/reliability_prompts.py" line="-70"/>
        <source>The computer was asleep</source>
        <translation>El portátil estaba en reposo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The computer slept for %1 during this session.</source>
        <translation>El portátil estuvo en reposo %1 durante esta sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you stayed together, that time can count. Should it?</source>
        <translation>Si el bebé siguió contigo, ese tiempo puede contar. ¿Quieres que cuente?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, count it</source>
        <translation>Sí, contarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, leave it out</source>
        <translation>No, dejarlo fuera</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../touchtimer/ui/routines/stage_editor.py" line="+32"/>
        <location line="+108"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Stage title</source>
        <translation>Título de la etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short name, shown large during the session</source>
        <translation>Un nombre corto, que se ve en grande durante la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;title</source>
        <translation>Título de la &amp;etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do in this stage, in a sentence or two</source>
        <translation>Qué hacer en esta etapa, en una o dos frases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instruction</source>
        <translation>&amp;Instrucción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lasts</source>
        <translation>Dura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed length</source>
        <translation>Duración fija</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stage ends by itself after this time</source>
        <translation>La etapa termina sola pasado este tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open-ended, aim for</source>
        <translation>Sin límite, con meta de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open-ended</source>
        <translation>Sin límite de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage counts up until you move on; the target is only a guide</source>
        <translation>La etapa cuenta el tiempo hasta que sigas; la meta es solo orientativa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage length</source>
        <translation>Duración de la etapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no target</source>
        <translation>sin meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target minutes</source>
        <translation>Minutos de meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A time to aim for; 0 means no target</source>
        <translation>Un tiempo que intentar alcanzar; 0 significa sin meta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both or no side</source>
        <translation>Ambos lados o ninguno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which side of the body this stage is for</source>
        <translation>Para qué lado del cuerpo es esta etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Side</source>
        <translation>&amp;Lado</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>Prompts</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Gentle prompts shown and spoken during the stage</source>
        <translation>Indicaciones suaves que se muestran y se dicen en voz alta durante la etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add prompt</source>
        <translation>Añadir indicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a prompt to this stage</source>
        <translation>Añadir una indicación a esta etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Remove prompt</source>
        <translation>Quitar indicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen prompt</source>
        <translation>Quitar la indicación elegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt text</source>
        <translation>Texto de la indicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the prompt says</source>
        <translation>Lo que dice la indicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>once, at</source>
        <translation>una vez, a los</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt timing</source>
        <translation>Momento de la indicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once at a time into the stage, or again and again at a steady interval</source>
        <translation>Una vez, en un momento de la etapa, o una y otra vez a intervalos regulares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt time</source>
        <translation>Tiempo de la indicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety check (its own sound)</source>
        <translation>Comprobación de seguridad (con su propio sonido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety check</source>
        <translation>Comprobación de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety checks get a distinct, gentle sound</source>
        <translation>Las comprobaciones de seguridad tienen un sonido propio y suave</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What needs a change in this stage</source>
        <translation>Lo que hay que cambiar en esta etapa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>every %1</source>
        <translation>cada %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at %1</source>
        <translation>a los %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no text yet)</source>
        <translation>(aún sin texto)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Slow breaths, soft hands.</source>
        <translation>Respiración lenta, manos suaves.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>  (needs a change)</source>
        <translation>  (hay que cambiar algo)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../touchtimer/core/startup.py" line="+71"/>
        <source>The session &quot;{title}&quot; that began {began} had finished, but touchtimer stopped before it was saved; it is kept as interrupted, with what you wrote, until you save it.</source>
        <extracomment>How long recording interrupted sessions waits for a lock another program holds, at start (the window is on screen meanwhile; :func:`try_again` goes on trying later). Why interrupted sessions could not be recorded yet (plain words), or &quot;&quot;.</extracomment>
        <translation>La sesión «{title}» que empezó el {began} había terminado, pero touchtimer se detuvo antes de guardarla; se conserva como interrumpida, con lo que escribiste, hasta que la guardes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session &quot;{title}&quot; that began {began} stopped unexpectedly; it is saved as interrupted after {length}.</source>
        <translation>La sesión «{title}» que empezó el {began} se detuvo de forma inesperada; se ha guardado como interrumpida después de {length}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another program is using the file of saved sessions just now</source>
        <translation>otro programa está usando ahora mismo el archivo de sesiones guardadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../touchtimer/core/storage/repair.py" line="+245"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data folder cannot be written</source>
        <translation>no se puede escribir en la carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session that stopped unexpectedly last time will be recorded once it can be: {why}. touchtimer tries again by itself.</source>
        <translation>Una sesión que se detuvo de forma inesperada la última vez se registrará en cuanto se pueda: {why}. touchtimer lo vuelve a intentar por sí solo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file of saved sessions could not be written ({error})</source>
        <translation>no se pudo escribir en el archivo de sesiones guardadas ({error})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>touchtimer can save to its data folder again; everything you do from now on is saved as usual.</source>
        <translation>touchtimer puede volver a guardar en su carpeta de datos; todo lo que hagas a partir de ahora se guarda como siempre.</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/storage/leftovers.py" line="+62"/>
        <source>A file left beside touchtimer&apos;s file of saved sessions ({leftover}) belonged to another database; it was not applied. Both are kept, unchanged, as {name} in {folder}. Nothing was lost.</source>
        <extracomment>SQLite&apos;s lock bytes in the database file (PENDING, RESERVED, SHARED) and in the ``-shm``.</extracomment>
        <translation>Un archivo que quedó junto al archivo de sesiones guardadas de touchtimer ({leftover}) pertenecía a otra base de datos; no se aplicó. Ambos se conservan, sin cambios, como {name} en {folder}. No se ha perdido nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>touchtimer stopped in the middle of a change last time, and finishing it removed sessions or babies; the file as it was is kept, unchanged, as {name} in {folder}, so nothing is lost.</source>
        <translation>La última vez touchtimer se detuvo en medio de un cambio, y al terminarlo se quitaron sesiones o bebés; el archivo tal como estaba se conserva, sin cambios, como {name} en {folder}, así que no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/storage/repair.py" line="-115"/>
        <source>it could not be read ({error})</source>
        <translation>no se pudo leer ({error})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it is not a touchtimer database (its first bytes are not those of an SQLite file)</source>
        <translation>no es una base de datos de touchtimer (sus primeros bytes no son los de un archivo SQLite)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it failed SQLite&apos;s integrity check ({found})</source>
        <translation>no superó la comprobación de integridad de SQLite ({found})</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/storage/migrations.py" line="+103"/>
        <location filename="../touchtimer/core/storage/repair.py" line="+3"/>
        <source>its schema version ({version}) is not one any touchtimer writes</source>
        <extracomment>A file up to this many schema versions ahead is a newer touchtimer&apos;s (&quot;please update&quot;); beyond that the number is damage (one flipped byte in the header makes 3 into 16,777,219).</extracomment>
        <translation>su versión de esquema ({version}) no es una que escriba ningún touchtimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this data was written by a newer touchtimer (schema {version}); this version reads up to schema {latest}. Please update touchtimer.</source>
        <translation>estos datos los escribió un touchtimer más reciente (esquema {version}); esta versión lee hasta el esquema {latest}. Actualiza touchtimer, por favor.</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/storage/repair.py" line="+5"/>
        <source>it holds tables touchtimer did not write</source>
        <translation>contiene tablas que touchtimer no escribió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its &apos;{table}&apos; table is missing</source>
        <translation>le falta la tabla &apos;{table}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its &apos;{table}&apos; table lacks {columns}</source>
        <translation>a su tabla &apos;{table}&apos; le falta {columns}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>touchtimer is not allowed to write there (the folder or the file is read-only)</source>
        <translation>touchtimer no tiene permiso para escribir ahí (la carpeta o el archivo es de solo lectura)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another program is using the file just now</source>
        <translation>otro programa está usando el archivo ahora mismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an error reading or writing it</source>
        <translation>el disco informó de un error al leerlo o escribirlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be opened</source>
        <translation>no se puede abrir el archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ({detail})</source>
        <translation> ({detail})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>touchtimer cannot save to {path}: {why}{detail}. Your sessions are shown, but nothing can be saved there until that is put right; nothing has been moved or changed. touchtimer tries again by itself, and a session you do meanwhile stays open with &quot;try again&quot; and &quot;save as file&quot;.</source>
        <translation>touchtimer no puede guardar en {path}: {why}{detail}. Tus sesiones se muestran, pero no se puede guardar nada ahí hasta que eso se solucione; no se ha movido ni cambiado nada. touchtimer lo vuelve a intentar por sí solo, y una sesión que hagas mientras tanto queda abierta con «volver a intentar» y «guardar como archivo».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>touchtimer cannot open its file of saved sessions, {path}: {why}{detail}. Nothing there has been moved or changed, and touchtimer tries again by itself. A session you do meanwhile stays open with &quot;try again&quot; and &quot;save as file&quot;; save each one as a file to keep it.</source>
        <translation>touchtimer no puede abrir su archivo de sesiones guardadas, {path}: {why}{detail}. No se ha movido ni cambiado nada ahí, y touchtimer lo vuelve a intentar por sí solo. Una sesión que hagas mientras tanto queda abierta con «volver a intentar» y «guardar como archivo»; guarda cada una como archivo para conservarla.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a folder, not an ordinary file; nothing was read from it</source>
        <translation>es una carpeta, no un archivo normal; no se leyó nada de ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a pipe or a device, not an ordinary file; nothing was read from it</source>
        <translation>es una tubería o un dispositivo, no un archivo normal; no se leyó nada de ahí</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>touchtimer&apos;s file of saved sessions could not be used: {reason}. It has been kept, unchanged, as {copy} in {folder}, and a fresh file was started. {sessions} and {babies} were copied from it.</source>
        <translation>No se pudo usar el archivo de sesiones guardadas de touchtimer: {reason}. Se ha conservado, sin cambios, como {copy} en {folder}, y se empezó un archivo nuevo. Se copiaron de él: {sessions} y {babies}.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n baby profile(s)</source>
        <translation>
            <numerusform>%n perfil de bebé</numerusform>
            <numerusform>%n perfiles de bebé</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some parts could not be read and are only in the kept copy.</source>
        <translation>Algunas partes no se pudieron leer y solo están en la copia conservada.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Until then, nothing is changed in that file; save each session as a file to keep it.</source>
        <translation>Hasta entonces, no se cambia nada en ese archivo; guarda cada sesión como archivo para conservarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it could not be opened ({why})</source>
        <translation>no se pudo abrir ({why})</translation>
    </message>
    <message>
        <location filename="../touchtimer/core/storage/store.py" line="+56"/>
        <source>cannot use {path}: {reason}</source>
        <extracomment>How long a statement waits for a lock another program holds before it fails as busy.</extracomment>
        <translation>no se puede usar {path}: {reason}</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>cannot create {path}: {reason}</source>
        <extracomment>The message as given (:class:`~touchtimer.core.i18n.Words`: shown in the reader&apos;s language). The fault seam: tests make statements fail here as the machine would. Where every committed write is announced; a replacing store takes it over. This laptop&apos;s device id, logical clock and local edits recorded for sharing. While the file could be opened only for reading (a full disk, a read-only folder, a lock held by another program): tried before each write, so a write goes to the file again as soon as it can (see ``repair.try_again``). Applying other laptops&apos; changes, and what is waiting to be shared (``core/sharing``).</extracomment>
        <translation>no se puede crear {path}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open {path}: {reason}</source>
        <translation>no se puede abrir {path}: {reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot copy {path} aside before updating it: {reason}</source>
        <translation>no se puede copiar {path} aparte antes de actualizarlo: {reason}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../touchtimer/ui/history/report_pdf.py" line="+84"/>
        <source>%1, born %2</source>
        <extracomment>The share of the page width of each column: when, length, routine, baby, mood, note. The parent&apos;s own mood ratings and private notes: only when the parent chooses (off by default).</extracomment>
        <translation>%1, nacido el %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> at %1+%2 weeks</source>
        <translation> con %1+%2 semanas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; corrected age %1</source>
        <translation>; edad corregida %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; age %1</source>
        <translation>; edad %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no baby chosen</source>
        <translation>sin bebé elegido</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Skin-to-skin with the mother: %1; with others: %2.</source>
        <translation>Piel con piel con la madre: %1; con otras personas: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../touchtimer/ui/history/totals.py" line="+17"/>
        <source>Not recorded who held: %1.</source>
        <translation>Sin registrar quién lo tuvo en brazos: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By person (a session two people shared counts for each): %1.</source>
        <translation>Por persona (una sesión compartida por dos personas cuenta para cada una): %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skin-to-skin and baby massage: summary</source>
        <translation>Piel con piel y masaje infantil: resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 (%3 days)</source>
        <translation>Del %1 al %2 (%3 días)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions with no baby chosen: %1 of %2, marked in the list.</source>
        <translation>Sesiones sin bebé elegido: %1 de %2, marcadas en la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days with some skin-to-skin: %1 of %2.</source>
        <translation>Días con algo de piel con piel: %1 de %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest skin-to-skin session: %1.</source>
        <translation>Sesión de piel con piel más larga: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent&apos;s own daily target: %1 min.</source>
        <translation>El objetivo diario propio de la familia: %1 min.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skin-to-skin minutes each day; the dashed line is the daily target.</source>
        <translation>Minutos de piel con piel cada día; la línea discontinua es el objetivo diario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 most recent of %2 sessions; the full list is in a CSV export.</source>
        <translation>Las %1 sesiones más recientes de %2; la lista completa está en una exportación CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby seemed</source>
        <translation>El bebé parecía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent&apos;s mood*</source>
        <translation>Ánimo de la familia*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent&apos;s note</source>
        <translation>Nota de la familia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>* Before → after: the parent&apos;s own 1–5 rating of how they felt (1 very low, 5 very good), not a score.</source>
        <translation>* Antes → después: la propia valoración de 1 a 5 de cómo se sentía quien cuidaba (1 muy mal, 5 muy bien), no una puntuación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A parent&apos;s own record, made with touchtimer on %1. Times are local (%2). Not a medical record.</source>
        <translation>Registro propio de la familia, hecho con touchtimer el %1. Las horas son locales (%2). No es un registro médico.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>touchtimer summary</source>
        <translation>Resumen de touchtimer</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <location filename="../touchtimer/ui/history/summary_options.py" line="+50"/>
        <source>Print a summary</source>
        <translation>Imprimir un resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A one- or two-page summary of your sessions, for your health visitor or doctor. Your mood ratings and notes are yours: they are left out unless you tick them.</source>
        <translation>Un resumen de una o dos páginas de tus sesiones, para tu enfermera o tu médico. Tus valoraciones de ánimo y tus notas son tuyas: no se incluyen salvo que las marques.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The first day in the summary</source>
        <translation>El primer día del resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The last day in the summary</source>
        <translation>El último día del resumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include my &amp;mood ratings</source>
        <translation>Incluir &amp;mis valoraciones de ánimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own 1–5 rating of how you felt before and after each session: not a score or a test</source>
        <translation>Tu propia valoración de 1 a 5 de cómo te sentías antes y después de cada sesión: no es una puntuación ni un examen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my &amp;notes</source>
        <translation>Incluir mis &amp;notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notes you wrote after each session</source>
        <translation>Las notas que escribiste después de cada sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;First day</source>
        <translation>&amp;Primer día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day</source>
        <translation>Ú&amp;ltimo día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Elegir dónde guardar…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That day is still to come: choose today or an earlier day.</source>
        <translation>Ese día aún no ha llegado: elige hoy o un día anterior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day comes after the last one: choose an earlier first day.</source>
        <translation>El primer día es posterior al último: elige un primer día anterior.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Choose a printer…</source>
        <translation>&amp;Elegir una impresora…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save summary</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../touchtimer/ui/session/summary_page.py" line="+72"/>
        <location line="+196"/>
        <source>How did your baby respond? (optional)</source>
        <extracomment>The response, the mood or the note changed (read :attr:`answers`); not when the page fills itself.</extracomment>
        <translation>¿Cómo respondió tu bebé? (opcional)</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>&amp;Calm</source>
        <translation>&amp;Tranquilo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;ussy</source>
        <translation>&amp;Inquieto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fell &amp;asleep</source>
        <translation>Se &amp;durmió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ried</source>
        <translation>&amp;Lloró</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+186"/>
        <source>Your baby was mostly: {0}</source>
        <translation>Tu bebé estuvo sobre todo: {0}</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>About the hold (optional)</source>
        <translation>Sobre el contacto (opcional)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How are you feeling now (optional)</source>
        <translation>Cómo te sientes ahora (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: how you feel now, from 1 (very low) to 5 (very good)</source>
        <translation>Opcional: cómo te sientes ahora, de 1 (muy mal) a 5 (muy bien)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How are you feeling &amp;now?</source>
        <translation>¿Cómo te sientes a&amp;hora?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you want to remember about this session (optional)</source>
        <translation>Lo que quieras recordar de esta sesión (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for yourself (optional)</source>
        <translation>Una nota para ti (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A moment for &amp;you…</source>
        <translation>Un momento para &amp;ti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moment for you: optional check-in</source>
        <translation>Un momento para ti: una pausa opcional para ver cómo estás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An optional check-in for you, the parent</source>
        <translation>Una pausa opcional para ti, para ver cómo estás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard this session</source>
        <translation>Descartar esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not keep this session (asks first)</source>
        <translation>No guardar esta sesión (pregunta antes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+142"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Save this session</source>
        <translation>Guardar esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this session in your history (Enter)</source>
        <translation>Guardar esta sesión en tu historial (Intro)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Well done: {0}</source>
        <translation>Bien hecho: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ended: {0}</source>
        <translation>Sesión terminada: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For {0}</source>
        <translation>Para {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time together: {0}</source>
        <translation>Tiempo juntos: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of {1} stages done</source>
        <translation>{0} de {1} etapas hechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} moved on early</source>
        <translation>{0} con paso anticipado a la siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} stopped early</source>
        <translation>{0} parada antes de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} not reached</source>
        <translation>{0} sin llegar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How did your babies respond? (optional)</source>
        <translation>¿Cómo respondieron tus bebés? (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your babies were mostly: {0}</source>
        <translation>Tus bebés estuvieron sobre todo: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}. {1}: {2}</source>
        <translation>{0}. {1}: {2}</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../touchtimer/ui/widgets/text_dialog.py" line="+46"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close this screen (Esc)</source>
        <translation>Cerrar esta pantalla (Esc)</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../touchtimer/ui/widgets/texts.py" line="+38"/>
        <source>Daily target</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before you begin</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it safe</source>
        <translation>Para que sea seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not today if…</source>
        <translation>Hoy no si…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skin-to-skin</source>
        <translation>Piel con piel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Massage</source>
        <translation>Masaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>high certainty</source>
        <translation>certeza alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate certainty</source>
        <translation>certeza moderada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low certainty</source>
        <translation>certeza baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very low certainty</source>
        <translation>certeza muy baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guidance, not a trial result</source>
        <translation>recomendación, no el resultado de un ensayo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open-ended</source>
        <translation>sin límite de tiempo</translation>
    </message>
    <message>
        <location filename="../touchtimer/cli/ages.py" line="+51"/>
        <location filename="../touchtimer/ui/widgets/texts.py" line="+15"/>
        <source>for babies from %1</source>
        <translation>para bebés desde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../touchtimer/ui/widgets/texts.py" line="+2"/>
        <source>for babies up to %1</source>
        <translation>para bebés de hasta %1</translation>
    </message>
    <message>
        <location filename="../touchtimer/ui/widgets/texts.py" line="+5"/>
        <source>birth</source>
        <translation>recién nacido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} to {1}</source>
        <translation>de {0} a {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <location filename="../touchtimer/ui/history/totals.py" line="-43"/>
        <source>No sessions recorded in these %1 days.</source>
        <translation>No hay sesiones anotadas en estos %1 días.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skin-to-skin: %1 in all, about %2 a day.</source>
        <translation>Piel con piel: %1 en total, alrededor de %2 al día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No massage sessions in these %1 days.</source>
        <translation>Ninguna sesión de masaje en estos %1 días.</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location line="+51"/>
        <source>Skin-to-skin each day</source>
        <translation>Piel con piel cada día</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the last 7 days</source>
        <translation>Mostrar los últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the last 30 days</source>
        <translation>Mostrar los últimos 30 días</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Daily target</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily target for skin-to-skin, in minutes</source>
        <translation>Objetivo diario de piel con piel, en minutos</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{0}&apos;s own daily target (Go ▸ Babies… changes it)</source>
        <translation>Objetivo diario propio de {0} (se cambia en Ir ▸ Bebés…)</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../touchtimer/ui/widgets/undo_bar.py" line="+18"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <location filename="../touchtimer/ui/session/reliability_prompts.py" line="+39"/>
        <source>Save your session?</source>
        <translation>¿Guardar tu sesión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” had finished, but touchtimer stopped before it was saved.</source>
        <translation>La sesión «%1» había terminado, pero touchtimer se detuvo antes de guardarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers and your note were kept. Save it now, with them?</source>
        <translation>Tus respuestas y tu nota se han conservado. ¿La guardas ahora, con ellas?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it now?</source>
        <translation>¿La guardas ahora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you leave it, it stays in your history as interrupted.</source>
        <translation>Si la dejas, se queda en tu historial como interrumpida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it</source>
        <translation>Guardarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it</source>
        <translation>Dejarla</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../touchtimer/ui/platform/voice.py" line="+241"/>
        <source>the speech service did not start within {0} seconds</source>
        <extracomment>The limits a :class:`Voice` gets when it is given none (the benchmarks shorten them). The text just handed to the speech engine. Why the voice is silent (&quot;&quot; once it works again, which does not happen within a run). The engine told its voices (see :meth:`voice_names`). The engine started or stopped saying something.</extracomment>
        <translation>el servicio de voz no se inició en {0} segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the speech service stopped answering (nothing for {0} seconds)</source>
        <translation>el servicio de voz dejó de responder (nada durante {0} segundos)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the speech helper stopped unexpectedly ({0})</source>
        <translation>el proceso auxiliar de voz se detuvo de forma inesperada ({0})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (on Linux, install the libpulse0 package)</source>
        <translation> (en Linux, instala el paquete libpulse0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech module could not be loaded</source>
        <translation>no se pudo cargar el módulo de voz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no speech engine is installed (on Linux, install speech-dispatcher)</source>
        <translation>no hay ningún motor de voz instalado (en Linux, instala speech-dispatcher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the speech engine “{0}” is not installed</source>
        <translation>el motor de voz «{0}» no está instalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>speech-dispatcher is not installed (on Linux, install the speech-dispatcher and speech-dispatcher-espeak-ng packages)</source>
        <translation>speech-dispatcher no está instalado (en Linux, instala los paquetes speech-dispatcher y speech-dispatcher-espeak-ng)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speech-dispatcher could not be started ({0})</source>
        <translation>no se pudo iniciar speech-dispatcher ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no {0} voice is installed</source>
        <translation>no hay instalada ninguna voz en {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (on Linux, install the speech-dispatcher-espeak-ng package)</source>
        <translation> (en Linux, instala el paquete speech-dispatcher-espeak-ng)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the speech service took the words but never said them (is there a working sound output?)</source>
        <translation>el servicio de voz recibió el texto pero nunca lo dijo (¿hay una salida de sonido que funcione?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the speech engine failed to start ({0})</source>
        <translation>el motor de voz no se pudo iniciar ({0})</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../touchtimer/ui/window/menus.py" line="+33"/>
        <location line="+133"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Pause or resume the session</source>
        <translation>Pausar o reanudar la sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>&amp;Next</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Go on to the next stage</source>
        <translation>Pasar a la siguiente etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the start of this or the last stage</source>
        <translation>Volver al inicio de esta etapa o de la anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+1 &amp;min</source>
        <translation>+1 &amp;min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a minute to this stage</source>
        <translation>Añadir un minuto a esta etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End…</source>
        <translation>&amp;Terminar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the session early (asks first)</source>
        <translation>Terminar la sesión antes de tiempo (pregunta antes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help: baby unwell?</source>
        <translation>A&amp;yuda: ¿el bebé está mal?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do if your baby needs help now</source>
        <translation>Qué hacer si tu bebé necesita ayuda ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All &amp;checked</source>
        <translation>Todo &amp;comprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby&apos;s position is right: every line on the screen is true</source>
        <translation>La posición del bebé es correcta: todas las líneas de la pantalla se cumplen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quiet mode</source>
        <translation>Modo &amp;silencioso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a sleeping baby: no voice, very soft chimes (position checks still chime)</source>
        <translation>Para un bebé dormido: sin voz y con sonidos muy suaves (los controles de posición siguen sonando)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who is holding baby</source>
        <translation>&amp;Quién sostiene al bebé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the start: each person, everyone together, or nobody recorded</source>
        <translation>Antes de empezar: cada persona, todas juntas o nadie anotado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fed at the &amp;breast</source>
        <translation>Tomó el &amp;pecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After skin-to-skin: baby fed at the breast during the hold: yes, no, not said</source>
        <translation>Después del piel con piel: el bebé tomó el pecho durante el contacto: sí, no, sin indicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One more &amp;interruption</source>
        <translation>Una &amp;interrupción más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After skin-to-skin: the hold was interrupted one more time</source>
        <translation>Después del piel con piel: el contacto se interrumpió una vez más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One &amp;fewer interruption</source>
        <translation>Una interrupción &amp;menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After skin-to-skin: one interruption fewer (below none: not said)</source>
        <translation>Después del piel con piel: una interrupción menos (por debajo de ninguna: sin indicar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A moment for &amp;you…</source>
        <translation>Un momento para &amp;ti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An optional check-in for you, the parent: two questions, no score, nothing kept</source>
        <translation>Una pausa opcional para ti, para ver cómo estás: dos preguntas, sin puntuación, no se guarda nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill the screen, or leave full screen</source>
        <translation>Ocupar toda la pantalla o salir de la pantalla completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de te&amp;clado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List every keyboard shortcut</source>
        <translation>Ver todos los atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make all text larger</source>
        <translation>Agrandar todo el texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make all text smaller</source>
        <translation>Hacer todo el texto más pequeño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set text to its normal size</source>
        <translation>Volver al tamaño normal del texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;system</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light or night, as the system is set</source>
        <translation>Claro o nocturno, según esté configurado el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The light theme, for daytime</source>
        <translation>El tema claro, para el día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Night (dim)</source>
        <translation>&amp;Nocturno (tenue)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A dim, warm theme for a dark room</source>
        <translation>Un tema tenue y cálido para una habitación a oscuras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reduce motion</source>
        <translation>&amp;Reducir movimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep everything still</source>
        <translation>Mantener todo quieto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a routine</source>
        <translation>Elegir una rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make my own version…</source>
        <translation>&amp;Hacer mi propia versión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chosen routine into the routine editor and change what you like</source>
        <translation>Copiar la rutina elegida en el editor de rutinas y cambiar lo que quieras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a routine file…</source>
        <translation>&amp;Importar un archivo de rutina…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a routine file (from a partner, say) to your routines</source>
        <translation>Añadir a tus rutinas un archivo de rutina (de tu pareja, por ejemplo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close touchtimer</source>
        <translation>Cerrar touchtimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About touchtimer</source>
        <translation>&amp;Acerca de touchtimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version, licence, credits, where your data lives</source>
        <translation>Versión, licencia, créditos, dónde están tus datos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;next</source>
        <translation>Empezar la si&amp;guiente</translation>
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <location filename="../touchtimer/ui/window/session_flow.py" line="+131"/>
        <source>End the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End now? What you have done so far is kept, marked as ended early.</source>
        <translation>¿Terminar ahora? Lo que llevas hecho se guarda, y la sesión queda marcada como terminada antes de tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard this session?</source>
        <translation>¿Descartar esta sesión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session will not be kept in your history.</source>
        <translation>Esta sesión no se guardará en tu historial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Session saved.</source>
        <translation>Sesión guardada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This session could not be saved ({0}). Please try Save again.</source>
        <translation>No se pudo guardar esta sesión ({0}). Por favor, vuelve a pulsar Guardar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Session discarded.</source>
        <translation>Sesión descartada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file can&apos;t be written, so this session stays in History as interrupted; it won&apos;t be offered again.</source>
        <translation>No se puede escribir en el archivo de datos, así que esta sesión se queda en el Historial como interrumpida; no se volverá a ofrecer.</translation>
    </message>
</context>
<context>
    <name>WindowTheme</name>
    <message>
        <location filename="../touchtimer/ui/window/theme.py" line="+70"/>
        <source>Text size {0}%</source>
        <translation>Tamaño del texto: {0}%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quiet mode: no voice, very soft chimes.</source>
        <translation>Modo silencioso: sin voz y con sonidos muy suaves.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet mode is off.</source>
        <translation>Modo silencioso desactivado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Settings could not be saved ({0}).</source>
        <translation>No se pudieron guardar los ajustes ({0}).</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../touchtimer/core/i18n.py" line="+192"/>
        <source>{first} {then}</source>
        <extracomment>The language the program&apos;s own words (and the built-in routines&apos; own text) are written in. Every language touchtimer ships, with its name in that language (as Settings lists it). The values of the ``language`` setting: &quot;system&quot; follows the desktop. An English plural that is not &quot;+s&quot;: ``&quot;%n (baby|babies)&quot;`` (the core&apos;s own texts only).</extracomment>
        <translation>{first} {then}</translation>
    </message>
</context>
</TS>
