/** es-ES: /asset, el registro de subidas (filtros de /uploads, el canal del registro) y la cola de aprobación. */
export const esESAssetDesk = {
  "cmd.asset.name": "recurso",
  "cmd.asset.description":
    "Versiones, reversión, archivado y restauración de los recursos de la cuenta de subidas",
  "cmd.asset.opt.versions.name": "versiones",
  "cmd.asset.opt.versions.description": "Lista las versiones de un recurso",
  "cmd.asset.opt.rollback.name": "revertir",
  "cmd.asset.opt.rollback.description": "Vuelve un recurso a una versión anterior (pide confirmación)",
  "cmd.asset.opt.archive.name": "archivar",
  "cmd.asset.opt.archive.description": "Archiva un recurso (pide confirmación)",
  "cmd.asset.opt.restore.name": "restaurar",
  "cmd.asset.opt.restore.description": "Restaura un recurso archivado (pide confirmación)",
  "cmd.asset.opt.asset_id.name": "id_recurso",
  "cmd.asset.opt.asset_id.description": "El ID del recurso (debe pertenecer a la cuenta de subidas del bot)",
  "cmd.asset.opt.version.name": "versión",
  "cmd.asset.opt.version.description": "La versión a la que volver (consulta /asset versions)",
  "cmd.uploads.opt.state.name": "estado",
  "cmd.uploads.opt.state.description":
    "Solo las subidas en este estado (estado final de moderación, o cómo terminó la subida)",
  "cmd.uploads.opt.state.choice.approved": "aprobada",
  "cmd.uploads.opt.state.choice.reviewing": "en revisión",
  "cmd.uploads.opt.state.choice.rejected": "rechazada",
  "cmd.uploads.opt.state.choice.failed": "fallida",
  "cmd.uploads.opt.state.choice.interrupted": "interrumpida",
  "cmd.uploads.opt.state.choice.in-progress": "en curso",
  "cmd.uploads.opt.member.name": "miembro",
  "cmd.uploads.opt.member.description": "Equipo: las subidas de este miembro en este servidor",
  "cmd.uploads.opt.server.name": "servidor",
  "cmd.uploads.opt.server.description":
    "Equipo: las subidas de todos en este servidor (el registro de subidas)",
  "cmd.uploads.opt.days.name": "días",
  "cmd.uploads.opt.days.description": "Solo las subidas de los últimos tantos días",

  "desk.notOurs":
    "El recurso {{assetId}} no pertenece a la cuenta de subidas del bot, así que /asset no puede cambiarlo ni listar sus versiones.",
  "desk.notFound":
    "Roblox no tiene ningún recurso {{assetId}}, o no pertenece a la cuenta de subidas del bot.",
  "desk.versionNotFound":
    "El recurso {{assetId}} no tiene la versión {{version}}. Usa /asset versions para ver sus versiones.",
  "desk.noUploadAccount":
    "La gestión de recursos está desactivada: el propietario del bot no ha configurado ROBLOX_UPLOAD_CREATOR.",
  "desk.confirmationExpired": "Esta confirmación ha caducado o ya se respondió. Vuelve a usar el comando.",
  "desk.onlyRequester": "Solo quien pidió este cambio puede confirmarlo o cancelarlo.",
  "desk.confirm.rollback":
    "¿Volver **{{name}}** ({{assetId}}) a la versión {{version}}? Roblox conserva la versión actual y añade una nueva con el contenido de la versión {{version}}.",
  "desk.confirm.archive":
    "¿Archivar **{{name}}** ({{assetId}})? Desaparece del sitio web y deja de funcionar en las experiencias hasta que se restaure.",
  "desk.confirm.restore": "¿Restaurar **{{name}}** ({{assetId}}) desde el archivo?",
  "desk.button.rollback": "Revertir",
  "desk.button.archive": "Archivar",
  "desk.button.restore": "Restaurar",
  "desk.button.cancel": "Cancelar",
  "desk.cancelled": "Cancelado: no se cambió nada.",
  "desk.done.rollback":
    "El recurso {{assetId}} ha vuelto a la versión {{version}}: su versión más reciente es ahora la {{newVersion}}.",
  "desk.done.archive": "Recurso {{assetId}} archivado.",
  "desk.done.restore": "Recurso {{assetId}} restaurado: vuelve a estar activo.",
  "desk.versionsTitle": "Versiones de {{name}}",
  "desk.versionLine": "**Versión {{version}}** · moderación: {{moderation}}",
  "desk.versionLineCurrent": "**Versión {{version}}** (actual) · moderación: {{moderation}}",
  "desk.noVersions": "Roblox no muestra ninguna versión de este recurso.",
  "desk.archivedNote": "Este recurso está archivado.",
  "desk.footer": "Recurso {{assetId}} · página {{page}}",

  "uploadLog.state.approved": "✅ aprobada",
  "uploadLog.state.reviewing": "🕓 en revisión",
  "uploadLog.state.rejected": "⛔ rechazada",
  "uploadLog.state.failed": "❌ fallida",
  "uploadLog.state.interrupted": "⚠️ interrumpida",
  "uploadLog.state.in-progress": "⏳ en curso",
  "uploadLog.noAsset": "sin recurso",
  "uploadLog.asset": "recurso {{id}}",
  "uploadLog.assetVersion": "recurso {{id}} v{{version}}",
  "uploadLog.shaMissing": "SHA-256 no registrado",
  "uploadLog.sha": "SHA-256: `{{sha}}`",
  "uploadLog.noMatch": "Ninguna subida coincide.",
  "uploadLog.title.server": "Subidas en este servidor",
  "uploadLog.title.member": "Subidas de un miembro en este servidor",
  "uploadLog.title.own": "Tus subidas",
  "uploadLog.staffOnly":
    "Solo el equipo (miembros con el permiso Gestionar servidor) puede ver las subidas de otros miembros o el registro del servidor.",
  "uploadLog.serverOnly": "El registro de subidas solo funciona en un servidor.",

  "approval.staffOnly":
    "Solo el equipo (miembros con el permiso Gestionar servidor) puede aprobar o rechazar subidas.",
  "approval.postFailed":
    "El bot no pudo publicar el archivo en el canal de revisión de este servidor, así que no se subió. Pide a un administrador del servidor que revise los permisos del bot allí.",
  "approval.rejectedByStaff": "Un miembro del equipo rechazó esta subida; no se envió nada a Roblox.",
  "approval.alreadyDecided": "Esta subida ya se aprobó o se rechazó.",
  "approval.unknown": "Esta subida ya no espera aprobación.",
  "approval.fileGone": "El mensaje de revisión y su archivo ya no existen, así que no se subió nada.",
  "approval.waiting":
    "⏸ Esperando a que un miembro del equipo la apruebe en {{channel}}. Este mensaje cambiará cuando decida; `/uploads` también lo muestra.",
  "approval.reviewTitle": "Subida pendiente de aprobación: {{name}}",
  "approval.member": "Miembro",
  "approval.file": "Archivo",
  "approval.bytes": "Qué son los bytes",
  "approval.goesTo": "Destino",
  "approval.approve": "Aprobar",
  "approval.reject": "Rechazar",
  "approval.approvedBy": "Aprobada por {{user}}. Subiendo a Roblox.",
  "approval.rejectedBy": "Rechazada por {{user}}. No se envió nada a Roblox.",
  "cmd.settings.opt.upload-log-channel.name": "upload-log-channel",
  "cmd.settings.opt.upload-log-channel.description":
    "Publica cada subida terminada en un canal, o desactiva el registro de subidas",
  "cmd.settings.opt.upload-review-channel.name": "upload-review-channel",
  "cmd.settings.opt.upload-review-channel.description":
    "El canal donde las subidas esperan la aprobación del equipo, o vacíalo",
  "cmd.settings.opt.upload-approval.name": "upload-approval",
  "cmd.settings.opt.upload-approval.description":
    "Si las subidas esperan primero la aprobación de un miembro del equipo",
  "settings.uploads.title": "Subidas en este servidor",
  "settings.uploads.logChannel": "**upload-log-channel** (cada subida terminada se publica allí): {{value}}",
  "settings.uploads.reviewChannel":
    "**upload-review-channel** (donde las subidas esperan aprobación): {{value}}",
  "settings.uploads.approval": "**upload-approval** (las subidas esperan al equipo): {{value}}",
  "settings.uploads.on": "activado",
  "settings.uploads.byDefault": "{{value}} (valor por defecto del bot)",
  "settings.set.uploadLogChannel.on": "Las subidas terminadas se publicarán en {{channel}}.",
  "settings.set.uploadLogChannel.off": "Las subidas terminadas ya no se publicarán en ningún sitio.",
  "settings.set.uploadReviewChannel.on": "Las subidas que necesiten aprobación esperarán en {{channel}}.",
  "settings.set.uploadReviewChannel.off": "Este servidor ya no tiene canal de revisión.",
  "settings.set.uploadApproval.on":
    "Las subidas ahora esperan la aprobación de un miembro del equipo en {{channel}}.",
  "settings.set.uploadApproval.off": "Las subidas ya no esperan aprobación.",
  "settings.uploads.noReviewChannel":
    "Primero elige un canal de revisión (/settings set upload-review-channel) y luego activa la aprobación.",
  "settings.uploads.reviewChannelNeeded":
    "Aquí las subidas esperan aprobación: desactiva upload-approval antes de vaciar el canal de revisión.",
} as const;
