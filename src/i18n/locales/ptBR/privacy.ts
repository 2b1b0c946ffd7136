/** pt-BR: /privacy, what the bot stores about a member and deleting it. */
export const ptBRPrivacy = {
  "cmd.privacy.name": "privacidade",
  "cmd.privacy.description": "Veja o que o bot guarda sobre você, escolha quem vê seu vínculo e apague tudo",
  "privacy.title": "O que este bot guarda sobre você",
  "privacy.intro":
    "Só você vê isto. Apagar remove seu vínculo, suas configurações e seus registros; seus envios ficam nos registros de envios dos servidores (ID do recurso e impressão digital do arquivo) como “membro excluído”.",
  "privacy.field.link": "Conta do Roblox vinculada",
  "privacy.field.grants": "Logins do Roblox guardados",
  "privacy.field.shown": "Quem vê seu vínculo",
  "privacy.field.uploads": "Seus envios",
  "privacy.link.none": "Nenhuma.",
  "privacy.link.one": "{{roblox}}, por {{method}}, desde {{when}}.",
  "privacy.method.oauth": "login com o Roblox",
  "privacy.method.profile": "uma frase no seu perfil do Roblox",
  "privacy.grants.none": "Nenhum: o bot revoga o login do Roblox assim que sabe quem você é.",
  "privacy.shown.linked":
    "Outros membros veem seu vínculo só nos servidores onde você usou /link ou /verify.",
  "privacy.shown.everywhere": "Outros membros veem seu vínculo em todos os servidores onde o bot está.",
  "privacy.uploads.none": "Nenhum.",
  "privacy.uploads.count_one": "{{count, number}} envio registrado, o mais recente primeiro:",
  "privacy.uploads.count_many": "{{count, number}} de envios registrados, os mais recentes primeiro:",
  "privacy.uploads.count_other": "{{count, number}} envios registrados, os mais recentes primeiro:",
  "privacy.button.showEverywhere": "Mostrar meu vínculo em todo lugar",
  "privacy.button.showLinked": "Mostrar só onde vinculei ou verifiquei",
  "privacy.button.delete": "Apagar meus dados",
  "privacy.button.confirm": "Sim, apagar tudo",
  "privacy.button.cancel": "Cancelar",
  "privacy.confirm":
    "Apagar seu vínculo, suas configurações e seus registros? Isso não pode ser desfeito. Seus envios ficam nos registros dos servidores como “membro excluído”.",
  "privacy.deleted_one":
    "Apagado. O bot não guarda mais nada sobre você; {{count, number}} envio fica no registro de um servidor como “membro excluído”.",
  "privacy.deleted_many":
    "Apagado. O bot não guarda mais nada sobre você; {{count, number}} de envios ficam nos registros dos servidores como “membro excluído”.",
  "privacy.deleted_other":
    "Apagado. O bot não guarda mais nada sobre você; {{count, number}} envios ficam nos registros dos servidores como “membro excluído”.",
  "privacy.deletedMember": "membro excluído",
  "privacy.uploadInProgress": "Um dos seus envios ainda está em andamento. Espere terminar e apague de novo.",
  "cmd.settings.opt.upload-log-days.name": "upload-log-days",
  "cmd.settings.opt.upload-log-days.description":
    "Quantos dias o registro de envios deste servidor guarda uma entrada",
  "cmd.settings.opt.days.name": "days",
  "cmd.settings.opt.days.description": "Dias, de 1 a 730 (deixe vazio para o padrão do bot)",
  "settings.uploadLogDays":
    "**upload-log-days** (dias que o registro de envios guarda uma entrada): {{value}}",
  "settings.uploadLogDays.value": "{{days, number}}",
  "settings.uploadLogDays.default": "{{days, number}} (padrão do bot)",
  "settings.set.uploadLogDays.on":
    "O registro de envios agora guarda cada entrada por {{days, number}} dias.",
  "settings.set.uploadLogDays.off":
    "O registro de envios agora guarda cada entrada pelo padrão do bot, {{days, number}} dias.",
  "privacy.shown.verified": "Servidores onde você usou /verify: {{servers}}.",
} as const;
