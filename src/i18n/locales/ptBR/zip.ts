/** pt-BR: /upload of a zip (its refusals, progress and result). */
export const ptBRZip = {
  "zip.unreadable":
    "Não foi possível ler esse zip (está danificado ou não é um arquivo zip). Nada foi enviado ao Roblox.",
  "zip.needsApproval":
    "Neste servidor a equipe aprova cada envio, então um zip não é aceito aqui: envie os arquivos um a um e a equipe vai revisar cada um. Nada foi enviado ao Roblox.",
  "zip.notZip":
    "Esse arquivo se chama .zip, mas seus bytes não são um arquivo zip. Nada foi enviado ao Roblox.",
  "zip.tooManyEntries":
    "Esse zip tem {{count, number}} entradas; no máximo {{max, number}} são aceitas. Nada foi enviado ao Roblox.",
  "zip.unsafePath":
    "Esse zip contém uma entrada com caminho inseguro ({{name}}): caminhos que saem com .. ou começam na raiz são recusados. Nada foi enviado ao Roblox.",
  "zip.encrypted":
    "Esse zip contém um arquivo criptografado ({{name}}); zips criptografados são recusados. Nada foi enviado ao Roblox.",
  "zip.ratio":
    "Esse zip contém um arquivo ({{name}}) que descompactado passa de {{max, number}} vezes o tamanho compactado, como as bombas zip. Nada foi enviado ao Roblox.",
  "zip.tooLarge": "Esse zip descompactado passa de {{limit}}. Nada foi enviado ao Roblox.",
  "zip.nested":
    "Esse zip contém outro zip ({{name}}); zips dentro de zips são recusados. Nada foi enviado ao Roblox.",
  "zip.dailyCap": "os envios de hoje deste servidor acabaram",
  "zip.stillProcessing":
    "O Roblox ainda estava processando quando o bot parou de esperar; procure em https://create.roblox.com/dashboard/creations",
  "zip.rejected": "A moderação do Roblox recusou",
  "zip.failed": "O Roblox não conseguiu processar",
  "zip.view.title.working": "Enviando um zip",
  "zip.view.title.done": "Zip enviado",
  "zip.view.title.refused": "Zip recusado",
  "zip.view.downloading": "Baixando o zip…",
  "zip.view.checking": "Verificando cada arquivo do zip…",
  "zip.view.progress": "{{done, number}} de {{total, number}} arquivos",
  "zip.view.summary":
    "{{uploaded, number}} enviados, {{existing, number}} já no Roblox, {{duplicates, number}} duplicados ignorados, {{unsupported, number}} não suportados, {{failed, number}} com falha.",
  "zip.view.files":
    "A correspondência de nomes para IDs de asset está anexada: {{json}} e o módulo Luau {{luau}}.",
  "zip.view.failures": "Com falha",
  "zip.view.failureLine": "{{name}}: {{reason}}",
  "zip.view.renamed": "Renomeados (enviados conforme o que seus bytes são)",
  "zip.view.renamedLine": "{{name}} → {{as}}",
  "zip.view.unsupported": "Não suportados (ignorados)",
  "zip.view.duplicates": "Duplicados (ignorados)",
  "zip.view.duplicateLine": "{{name}} = {{first}}",
} as const;
