/** es-ES: /upload of a zip (its refusals, progress and result). */
export const esESZip = {
  "zip.unreadable":
    "No se pudo leer ese zip (está dañado o no es un archivo zip). No se envió nada a Roblox.",
  "zip.needsApproval":
    "En este servidor el equipo aprueba cada subida, así que aquí no se acepta un zip: sube sus archivos uno a uno y el equipo revisará cada uno. No se envió nada a Roblox.",
  "zip.notZip": "Ese archivo se llama .zip, pero sus bytes no son un archivo zip. No se envió nada a Roblox.",
  "zip.tooManyEntries":
    "Ese zip tiene {{count, number}} entradas; se aceptan como máximo {{max, number}}. No se envió nada a Roblox.",
  "zip.unsafePath":
    "Ese zip contiene una entrada con una ruta insegura ({{name}}): se rechazan las rutas que salen con .. o empiezan en la raíz. No se envió nada a Roblox.",
  "zip.encrypted":
    "Ese zip contiene un archivo cifrado ({{name}}); se rechazan los zips cifrados. No se envió nada a Roblox.",
  "zip.ratio":
    "Ese zip contiene un archivo ({{name}}) que al descomprimirse ocupa más de {{max, number}} veces su tamaño comprimido, como las bombas zip. No se envió nada a Roblox.",
  "zip.tooLarge": "Ese zip ocupa más de {{limit}} al descomprimirse. No se envió nada a Roblox.",
  "zip.nested":
    "Ese zip contiene otro zip ({{name}}); se rechazan los zips dentro de zips. No se envió nada a Roblox.",
  "zip.dailyCap": "las subidas de hoy de este servidor se han agotado",
  "zip.stillProcessing":
    "Roblox aún lo estaba procesando cuando el bot dejó de esperar; búscalo en https://create.roblox.com/dashboard/creations",
  "zip.rejected": "La moderación de Roblox lo rechazó",
  "zip.failed": "Roblox no pudo procesarlo",
  "zip.view.title.working": "Subiendo un zip",
  "zip.view.title.done": "Zip subido",
  "zip.view.title.refused": "Zip rechazado",
  "zip.view.downloading": "Descargando el zip…",
  "zip.view.checking": "Comprobando cada archivo del zip…",
  "zip.view.progress": "{{done, number}} de {{total, number}} archivos",
  "zip.view.summary":
    "{{uploaded, number}} subidos, {{existing, number}} ya en Roblox, {{duplicates, number}} duplicados omitidos, {{unsupported, number}} no compatibles, {{failed, number}} fallidos.",
  "zip.view.files":
    "Se adjunta la correspondencia de nombres e ID de recurso: {{json}} y el módulo Luau {{luau}}.",
  "zip.view.failures": "Fallidos",
  "zip.view.failureLine": "{{name}}: {{reason}}",
  "zip.view.renamed": "Renombrados (subidos según lo que son sus bytes)",
  "zip.view.renamedLine": "{{name}} → {{as}}",
  "zip.view.unsupported": "No compatibles (omitidos)",
  "zip.view.duplicates": "Duplicados (omitidos)",
  "zip.view.duplicateLine": "{{name}} = {{first}}",
} as const;
