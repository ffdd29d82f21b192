"""Spanish read in Portuguese, word by word, for the offline reading of a message.

The guardrails' lexicons and the knowledge are Portuguese (and the lexicons English). A
customer writing Spanish or portunhol asks the same things in near words ("¿el cambio tiene
costo de envío?"); read word by word in Portuguese ("o troca tem custo de envio?"), every
Portuguese reading applies to it, attacks included. Only a message that reads as Spanish
is rendered (`reads_as_spanish`): a Portuguese one is left as it was written, since words
such as "cambio" (câmbio) or "robo" (robô) mean other things in Portuguese.
"""

import re

from confia.agent.text import fold

_TOKEN = re.compile(r"(\[[A-Z_]+_\d+\])")
_WORD = re.compile(r"([^\W\d_]+)")
# (a word clipped by an apostrophe is English's: "can y'all ship to Rio?")
_WHOLE_WORD = re.compile(r"\b[^\W\d_]+\b(?!['\u2019])")

# Words of Spanish that are no Portuguese word: two of them make a message Spanish ("¿cuál
# es el valor mínimo de cada cuota?"). Not those a Portuguese message may have: "es" (the
# state), "sos", "vos", "la" (lá), "si", "esta" (está), "pago", "porfa", "donde"; nor "podes",
# "queres", "sabes", Portuguese's own "tu" ("tu podes me dizer o prazo?"), whose voseo counts
# only as Spanish spells it (`_SPANISH_ACCENTED`).
_SPANISH_ONLY = frozenset(
    ["el", "los", "las", "del", "y", "con", "pero", "muy", "hay", "usted", "ustedes", "tengo",
     "tienen", "tiene", "tenes", "quiero", "quisiera", "puedo", "puede", "pueden",
     "necesito", "hola", "gracias", "una", "un", "unos", "unas", "mi", "mis", "yo", "ya", "hoy",
     "nadie", "alguien", "algun", "tambien", "despues", "ahora", "hacen", "hace", "hago",
     "llega", "llegan", "llego", "tienda", "tarjeta", "cual", "cuales", "cuanto", "cuantos",
     "cuando", "sin", "dice", "estoy", "estan", "pregunta", "pague", "envian", "senor", "aca",
     "alla", "voy", "vuelve", "nomas", "che", "decime", "deci", "decis",
     "manana", "en", "datos", "tiempo", "precio", "descuento", "direccion", "calle", "dinero",
     "factura", "regalo", "paquete", "privacidad", "contacto", "cuota", "cuotas", "flete",
     "costo", "olla", "ollas", "sarten", "licuadora", "hermano", "abuela", "decimos", "usan",
     "esten", "tenemos", "hablar", "hable", "persona", "nombre", "entregan", "aceptan",
     "cobran", "mandan", "devuelven", "cierran", "atienden", "trabajan", "venden", "sirve",
     "tenia", "llevo", "cuesta", "cuchillos", "llover"]
)  # fmt: skip
# (the voseo, accented: "¿qué cosas no podés decir?")
_SPANISH_ACCENTED = frozenset(["podés", "querés", "sabés"])
_SPANISH_AT_LEAST = 2

# Several words said as one: "de nuevo", "otra vez", "acción judicial".
_PHRASES = {
    ("de", "nuevo"): "de novo",
    ("otra", "vez"): "outra vez",
    ("accion", "judicial"): "processo",
    ("accion", "legal"): "processo",
    ("de", "verdad"): "de verdade",
    ("de", "la", "manana"): "da manha",
    ("por", "la", "manana"): "de manha",
    ("buenos", "dias"): "bom dia",
    ("buen", "dia"): "bom dia",
    ("buenas", "tardes"): "boa tarde",
    ("buenas", "noches"): "boa noite",
    ("por", "que"): "por que",
    ("vale", "regalo"): "vale presente",
    ("papel", "de", "regalo"): "papel de presente",
    ("correo", "electronico"): "email",
    ("mismo", "dia"): "mesmo dia",
    ("a", "tiempo"): "a tempo",
    ("en", "vez", "de"): "em vez de",
    ("se", "prende", "fuego"): "pega fogo",
    ("prende", "fuego"): "pega fogo",
    ("prendio", "fuego"): "pegou fogo",
    ("vos", "sos"): "voce e",
    ("tenes", "que"): "tem que",
    ("hay", "que"): "tem que",
    ("lo", "antes", "posible"): "o mais rapido possivel",
    ("direccion", "completa"): "endereco completo",
    ("el", "mismo", "dia"): "no mesmo dia",
    ("a", "que", "hora"): "que horas",
    ("atencion", "al", "cliente"): "atendimento ao cliente",
    ("desde", "que"): "a partir de que",
    ("desde", "cuanto"): "a partir de quanto",
    ("los", "sabados"): "aos sabados",
    ("los", "domingos"): "aos domingos",
    ("los", "feriados"): "nos feriados",
    ("me", "cambie", "de"): "mudei de",
    ("en", "pie"): "de pe",
    ("mes", "que", "viene"): "mes que vem",
    ("de", "por", "vida"): "vitalicia",
    ("la", "direccion"): "o endereco",
    # (nouns whose gender Portuguese turns)
    ("del", "equipo"): "da equipe",
    ("el", "equipo"): "a equipe",
    ("tu", "mensaje"): "tua mensagem",
    ("su", "mensaje"): "sua mensagem",
    ("el", "mensaje"): "a mensagem",
    ("mi", "mensaje"): "minha mensagem",
    ("la", "direccion", "exacta"): "o endereco exato",
    ("la", "direccion", "completa"): "o endereco completo",
    # What is going to happen: "va a llover" is "vai chover".
    ("va", "a"): "vai",
    ("van", "a"): "vao",
    ("voy", "a"): "vou",
    ("vas", "a"): "vai",
    # (how to get somewhere, not a parcel that came: "¿cómo llego en metro?")
    ("como", "llego"): "como chego",
    # (money changed, not goods: "casa de cambio", "tipo de cambio")
    ("casa", "de", "cambio"): "casa de cambio",
    ("tipo", "de", "cambio"): "taxa de cambio",
    # (a lawsuit, not demand: "hay mucha demanda en Navidad" is none)
    ("una", "demanda"): "um processo",
    ("demanda", "judicial"): "processo judicial",
    # "Pago" is the payment after an article ("el pago con tarjeta"), else "I pay" ("pago
    # algo de envío?").
    ("el", "pago"): "o pagamento",
    ("mi", "pago"): "meu pagamento",
    ("del", "pago"): "do pagamento",
    ("un", "pago"): "um pagamento",
}
_PHRASE_LENGTH = 3

# Word by word, folded: what a customer asks of a shop (delivery, payment, exchanges, the
# shop, its hours), what goes to a person (a charge, a lawsuit, a fire, a person asked for)
# and what an attack says (instructions, rules, the numbers behind a token). A word spelled
# alike in both is listed for its accents: "envío" is read "envio", "días" "dias".
_WORDS = {
    # articles, pronouns and small words
    "el": "o", "los": "os", "la": "a", "las": "as", "un": "um", "una": "uma", "unos": "uns",
    "unas": "umas", "del": "do", "al": "ao", "y": "e", "con": "com", "sin": "sem", "en": "em",
    "pero": "mas", "muy": "muito", "mas": "mais", "mi": "meu", "mis": "meus", "tu": "teu",
    "tus": "teus", "su": "seu", "sus": "seus", "yo": "eu", "lo": "o", "le": "lhe", "les": "lhes",
    "usted": "voce", "ustedes": "voces", "vos": "voce", "nosotros": "nos", "ella": "ela",
    "ellos": "eles", "ellas": "elas", "cual": "qual", "cuales": "quais", "cuanto": "quanto",
    "cuanta": "quanta", "cuantos": "quantos", "cuantas": "quantas", "cuando": "quando",
    "donde": "onde", "adonde": "onde", "si": "se", "tambien": "tambem", "hasta": "ate",
    "despues": "depois", "aca": "aqui", "alla": "la", "alli": "ali", "ahi": "ai",
    "aunque": "embora", "entonces": "entao", "nomas": "so", "solo": "so", "solamente": "so",
    "ya": "ja", "todavia": "ainda", "aun": "ainda", "siempre": "sempre", "hoy": "hoje",
    "ayer": "ontem", "ahora": "agora", "manana": "amanha", "noche": "noite", "noches": "noites",
    "hola": "ola", "gracias": "obrigado", "porfa": "por favor", "nadie": "ninguem",
    "alguien": "alguem", "algun": "algum", "alguna": "alguma", "ningun": "nenhum",
    "ninguna": "nenhuma", "mismo": "mesmo", "misma": "mesma", "otro": "outro", "otra": "outra",
    "otros": "outros", "otras": "outras", "bien": "bem", "esto": "isto", "eso": "isso",
    "aquello": "aquilo", "cada": "cada", "cosa": "coisa", "cosas": "coisas",
    # being, having, wanting, being able
    "es": "e", "son": "sao", "soy": "sou", "sos": "e", "fue": "foi", "sea": "seja",
    "estoy": "estou", "estan": "estao", "estaba": "estava", "hay": "tem", "habia": "tinha",
    "tengo": "tenho", "tiene": "tem", "tienen": "tem", "tenes": "tem", "tenemos": "temos",
    "tenga": "tenha", "quiero": "quero", "quiere": "quer", "queres": "quer",
    "quieren": "querem", "quisiera": "queria", "puedo": "posso", "puede": "pode",
    "pueden": "podem", "podes": "pode", "podria": "poderia", "podrian": "poderiam",
    "necesito": "preciso", "necesita": "precisa", "necesitan": "precisam",
    "necesitamos": "precisamos",
    # doing, going, coming, saying, speaking
    "hago": "faco", "hace": "faz", "hacen": "fazem", "haces": "faz", "hacer": "fazer",
    "hacemos": "fazemos", "hecho": "feito", "hizo": "fez", "voy": "vou", "va": "vai",
    "van": "vao", "vas": "vai", "vamos": "vamos", "viene": "vem", "vienen": "vem",
    "venir": "vir", "decime": "me diga", "decir": "dizer", "dice": "diz", "dicen": "dizem",
    "deci": "diga", "decis": "diz", "dijo": "disse", "dijeron": "disseram", "digo": "digo",
    "hablar": "falar", "hable": "fale", "habla": "fala", "hablo": "falo", "hablan": "falam",
    "sabes": "sabe", "se": "se", "saber": "saber", "entiende": "entende",
    "entiendo": "entendo", "respondes": "responde", "responden": "respondem",
    "entienden": "entendem", "contestan": "respondem",
    "contesta": "responde", "contestar": "responder", "repito": "repito",
    "pregunto": "pergunto", "pregunte": "perguntei", "pregunta": "pergunta",
    "preguntas": "perguntas", "respuesta": "resposta", "llamas": "chama", "llamo": "chamo",
    # buying, paying, charging, receiving
    "compre": "comprei", "compro": "compro", "compramos": "compramos", "pague": "paguei",
    "pago": "pago", "pagas": "paga", "abono": "pago", "abonar": "pagar", "abone": "paguei",
    "cobraron": "cobraram", "cobro": "cobranca", "cobran": "cobram", "cobrar": "cobrar",
    "cobre": "receba", "recibir": "receber", "recibi": "recebi", "recibe": "recebe",
    "reciba": "receba", "recibo": "recebo", "llega": "chega", "llegan": "chegam",
    "llegar": "chegar", "llego": "chegou", "llegue": "chegue", "llegaron": "chegaram",
    "llegara": "chegara", "envian": "enviam", "envia": "envia", "mandan": "mandam",
    "mande": "mandei", "venden": "vendem", "vende": "vende", "elegir": "escolher",
    "elijo": "escolho", "elija": "escolha", "salir": "sair", "salio": "saiu", "sale": "sai",
    "salen": "saem", "volver": "voltar", "vuelve": "volta", "vuelven": "voltam",
    "vuelvo": "volto", "devuelven": "devolvem", "devuelve": "devolve", "devolvi": "devolvi",
    "devolvieron": "devolveram", "reintegro": "reembolso", "reintegros": "reembolsos",
    "tarda": "demora", "tardan": "demoram", "sirve": "serve", "sirven": "servem",
    "pierde": "perde", "pierden": "perdem", "perdio": "perdeu", "activar": "ativar",
    "aprueba": "aprova", "aceptan": "aceitam", "acepta": "aceita", "atienden": "atendem",
    "trabajan": "trabalham", "aprobar": "aprovar", "aprobado": "aprovado", "quedan": "ficam",
    "queda": "fica", "quedar": "ficar", "pasa": "passa", "pasan": "passam", "paso": "passou",
    "pasar": "passar", "veo": "vejo", "cambiar": "trocar", "cambio": "troca",
    "cambie": "troquei", "cambios": "trocas", "cambian": "trocam", "cierra": "fecha",
    "cierran": "fecham", "cerrar": "fechar", "abren": "abrem", "trabajo": "trabalho",
    "trabajar": "trabalhar", "vivo": "moro", "vive": "mora", "viven": "moram",
    "romper": "quebrar", "rompio": "quebrou", "roto": "quebrado", "rota": "quebrada",
    "rotos": "quebrados", "rotas": "quebradas", "quemo": "queimou", "queme": "queimei",
    "quemadura": "queimadura", "recalento": "superaqueceu",
    "empezo": "comecou", "reservar": "reservar", "buscar": "buscar", "retirar": "retirar",
    "redirigir": "redirecionar", "reescribilo": "reescreva", "reescribi": "reescreva",
    "escribi": "escreva", "escribilo": "escreva", "mostrame": "me mostre", "olvida": "esqueca",
    "olvidate": "esqueca", "ignora": "ignore", "ignorar": "ignorar", "actua": "aja",
    "juguemos": "vamos jogar", "finge": "finja", "fingi": "finja",
    # the shop, its goods and its service
    "tienda": "loja", "tiendas": "lojas", "sitio": "site", "pagina": "pagina", "web": "site",
    "producto": "produto", "productos": "produtos", "envio": "envio", "envios": "envios",
    "flete": "frete", "costo": "custo", "costos": "custos", "precio": "preco",
    "precios": "precos", "descuento": "desconto", "descuentos": "descontos", "cuota": "parcela",
    "cuotas": "parcelas", "tarjeta": "cartao", "tarjetas": "cartoes", "efectivo": "dinheiro",
    "plata": "dinheiro", "dinero": "dinheiro", "factura": "nota fiscal", "direccion": "endereco",
    "calle": "rua", "barrio": "bairro", "ciudad": "cidade", "pais": "pais",
    "recepcion": "recepcao", "repartidor": "entregador", "cartero": "carteiro",
    "correo": "correio", "paquete": "pacote", "paquetes": "pacotes", "caja": "caixa",
    "color": "cor", "colores": "cores", "abierta": "aberta", "abierto": "aberto",
    "ayudar": "ajudar", "ayuda": "ajuda",
    "garantia": "garantia", "ano": "ano", "anos": "anos", "dia": "dia", "dias": "dias",
    "lunes": "segunda", "martes": "terca", "miercoles": "quarta", "jueves": "quinta",
    "viernes": "sexta", "sabados": "sabados", "persona": "pessoa", "personas": "pessoas",
    "encargado": "encarregado", "dan": "dao", "apenas": "assim que",
    "empleado": "funcionario", "abogado": "advogado",
    "demandar": "processar", "estafa": "golpe", "robo": "roubo", "humo": "fumaca",
    "fuego": "fogo", "herida": "ferida", "accidente": "acidente", "olla": "panela",
    "ollas": "panelas", "sarten": "frigideira", "cuchillo": "faca", "cuchillos": "facas",
    "cubiertos": "talheres", "plato": "prato", "platos": "pratos", "vaso": "copo",
    "vasos": "copos", "taza": "xicara", "tazas": "xicaras", "licuadora": "liquidificador",
    "batidora": "batedeira", "cafetera": "cafeteira", "tapa": "tampa", "juego": "jogo",
    "mantel": "toalha de mesa", "regalo": "presente", "regalos": "presentes",
    "envoltorio": "embrulho", "puntos": "pontos", "datos": "dados", "privacidad": "privacidade",
    "contacto": "contato", "agotado": "esgotado", "agotada": "esgotada",
    "estacionamiento": "estacionamento", "aduana": "alfandega", "aeropuerto": "aeroporto",
    "induccion": "inducao", "impuesto": "imposto",
    "impuestos": "impostos", "ley": "lei", "instrucciones": "instrucoes", "reglas": "regras",
    "sueldo": "salario", "cumple": "aniversario", "cumpleanos": "aniversario",
    "extranjero": "estrangeiro", "extranjeros": "estrangeiros", "vez": "vez",
    "veces": "vezes", "cuarta": "quarta", "tercera": "terceira", "segunda": "segunda",
    "numeros": "numeros", "reales": "reais", "detras": "por tras",
    "atencion": "atendimento", "corchetes": "colchetes",
    "completo": "completo", "nombre": "nome", "apellido": "sobrenome", "no": "nao",
    "o": "ou", "tiempo": "tempo", "asi": "assim", "casi": "quase", "medio": "meio",
    "mail": "email", "llevar": "levar", "llevarlo": "levar", "piezas": "pecas", "acero": "aco",
    "regalarle": "dar de presente", "brasilena": "brasileira", "poner": "colocar",
    "personales": "pessoais", "cumplen": "cumprem", "usan": "usam",
    "distinta": "diferente", "distinto": "diferente", "especiales": "especiais",
    "cantidad": "quantidade", "playos": "rasos", "hermano": "irmao", "hermana": "irma",
    "espanol": "espanhol", "portugues": "portugues", "siendo": "sendo", "sacar": "tirar",
    "pasaporte": "passaporte", "directamente": "diretamente", "mandarlo": "mandar",
    "cocina": "cozinha", "receta": "receita", "recetas": "receitas", "abuela": "avo",
    "mudanza": "mudanca", "tapo": "escondeu", "pasaba": "passava", "indebido": "indevida",
    "indebida": "indevida", "vuelta": "volta", "suman": "somam", "suma": "soma",
    "vivir": "morar", "auto": "carro", "esten": "estejam", "mejor": "melhor",
    "mejores": "melhores", "ese": "esse", "esa": "essa", "esos": "esses", "esas": "essas",
    "estos": "estes",
    "contactar": "contatar", "proteccion": "protecao", "responsable": "responsavel",
    "nuevo": "novo", "nueva": "nova", "bueno": "bom", "buena": "boa", "malo": "ruim",
    "facil": "facil", "rapido": "rapido", "antes": "antes", "luego": "depois",
    "semana": "semana", "mes": "mes", "horas": "horas", "hora": "hora", "suegra": "sogra",
    "suegro": "sogro", "vea": "veja", "opcion": "opcao", "adentro": "dentro",
    "equipo": "equipe", "enumeres": "liste", "enumera": "liste", "usas": "usa",
    "prohibido": "proibido", "dejo": "deixou", "dejaron": "deixaram", "vecina": "vizinha",
    "vecino": "vizinho", "pasame": "me passa", "pasen": "passem", "telefono": "telefone",
    "debe": "deve", "deben": "devem", "informarlo": "informar", "quien": "quem",
    "devolucion": "devolucao", "asistente": "assistente", "traer": "trazer",
    "anular": "cancelar", "anularla": "cancelar", "anularlo": "cancelar", "anulo": "cancelo",
    "anulacion": "cancelamento", "rastreo": "rastreio",
    "franquicia": "cota", "decimos": "dizemos", "entregan": "entregam", "entrega": "entrega",
    "llamame": "me liga", "llamen": "liguem", "imprimas": "imprima", "imprimi": "imprima",
    "traduci": "traduza", "traducime": "traduza", "confirma": "confirme",
    "confirmame": "me confirme", "responde": "responde", "secretas": "secretas",
    "pava": "chaleira", "electrica": "eletrica", "electrico": "eletrico", "chispas": "faiscas",
    "chispa": "faisca", "enchufo": "ligo na tomada", "enchufe": "tomada", "olor": "cheiro",
    "quemado": "queimado", "peligroso": "perigoso", "peligrosa": "perigosa",
    "borren": "apaguem", "borrar": "apagar", "borra": "apague", "mirar": "ver",
    "hacerla": "fazer", "hacerlo": "fazer", "envuelto": "embrulhado",
    "aparte": "a parte", "fecha": "data", "sigue": "continua", "cae": "cai",
    "unidad": "unidade", "stock": "estoque", "pueblito": "cidadezinha", "pueblo": "cidade",
    "cerquita": "pertinho", "frontera": "fronteira", "dejar": "deixar",
    "apartada": "reservada", "apartado": "reservado", "apartar": "reservar",
    "buscarla": "buscar", "buscarlo": "buscar", "den": "deem", "devuelva": "devolva",
    "tenia": "tinha", "pasado": "passado", "mueve": "mexe", "entera": "inteira",
    "primera": "primeira", "primer": "primeiro", "cuesta": "custa", "cuestan": "custam",
    "llevo": "levo", "mandarla": "mandar", "paseo": "passeio", "vine": "vim",
    "exacta": "exata", "exacto": "exato", "llover": "chover", "lluvia": "chuva",
    "finde": "fim de semana", "confirmalo": "confirme", "mensaje": "mensagem",
    "mensajes": "mensagens", "prueba": "teste", "pruebas": "testes", "aprobarse": "aprovar",
    "aprobada": "aprovada",
}  # fmt: skip
# Articles after prepositions, joined as Portuguese joins them: "em a loja" is "na loja".
_JOINED = {
    "em o": "no", "em a": "na", "em os": "nos", "em as": "nas", "de o": "do", "de a": "da",
    "de os": "dos", "de as": "das", "por o": "pelo", "por a": "pela", "por os": "pelos",
    "por as": "pelas", "a o": "ao", "a os": "aos", "a a": "a", "a as": "as",
}  # fmt: skip
# Laughter, as Portuguese writes it: "jajaja" is "kkk".
_LAUGH = re.compile(r"(?:ja){2,}j?")
# A possessive takes the gender of what follows, as Spanish does not say: "mi vecina" is
# "minha vizinha".
_POSSESSIVE = re.compile(r"\b(meu|teu|seu)(s?) (\w+a)(s?)\b", re.IGNORECASE)
_FEMININE = {"meu": "minha", "teu": "tua", "seu": "sua"}
_TO_JOIN = re.compile(r"\b(?:em|de|por|a) (?:o|a|os|as)\b", re.IGNORECASE)


def reads_as_spanish(text: str) -> bool:
    """The message is written in Spanish (or portunhol): two words of Spanish's own."""
    written = _TOKEN.sub(" ", text)
    said = set(_WHOLE_WORD.findall(fold(written)))
    accented = set(_WHOLE_WORD.findall(written.lower())) & _SPANISH_ACCENTED
    # (Spanish's own opening marks count as one of its words: "¿hacen envíos a Chile?")
    opened = "¿" in text or "¡" in text
    return len(said & _SPANISH_ONLY) + len(accented) + opened >= _SPANISH_AT_LEAST


def read_in_portuguese(text: str) -> str:
    """The message as the Portuguese readings take it: Spanish rendered word by word,
    tokens ([NAME_1]) and numbers as they were; any other message unchanged."""
    if not reads_as_spanish(text):
        return text
    # (without Spanish's opening marks, which Portuguese never writes)
    text = text.replace("¿", "").replace("¡", "")
    rendered = "".join(
        piece if _TOKEN.fullmatch(piece) else _rendered(piece) for piece in _TOKEN.split(text)
    )
    joined = _TO_JOIN.sub(lambda pair: _JOINED[pair[0].lower()], rendered)
    return _POSSESSIVE.sub(_agreed, joined)


def _agreed(said: re.Match[str]) -> str:
    """ "meu vizinha" agreed: "minha vizinha" (and "meus vizinhas", "minhas vizinhas")."""
    own, plural, thing, plural_thing = said.groups()
    if bool(plural) != bool(plural_thing):
        return said[0]
    return f"{_FEMININE[own.lower()]}{plural} {thing}{plural_thing}"


def _rendered(text: str) -> str:
    pieces = _WORD.split(text)  # [between, word, between, word, ..., between]
    out: list[str] = [pieces[0]]
    at = 1
    while at < len(pieces):
        taken, said = _phrase_at(pieces, at)
        first = pieces[at]
        if said is None:
            said = "kkk" if _LAUGH.fullmatch(fold(first)) else _WORDS.get(fold(first))
            said = said if said is not None else _without_clitic(first)
        out.append(said.capitalize() if first[:1].isupper() and said != first else said)
        at += 2 * taken
        out.append(pieces[at - 1])
    return "".join(out)


# An infinitive with its pronoun joined, which Portuguese writes apart: "pagarlo" is "pagar"
# (what is paid is named before it: "se me venció el boleto, ¿puedo pagarlo igual?").
_CLITIC_JOINED = re.compile(r"^(\w{2,}[aei]r)(?:lo|la|los|las)$")


def _without_clitic(word: str) -> str:
    joined = _CLITIC_JOINED.match(fold(word))
    return _WORDS.get(joined[1], joined[1]) if joined else word


def _phrase_at(pieces: list[str], at: int) -> tuple[int, str | None]:
    """The longest phrase starting at word `at` (words joined by spaces only), and how many
    words it takes; else one word, not rendered."""
    for length in range(_PHRASE_LENGTH, 1, -1):
        end = at + 2 * length - 1
        if end > len(pieces):
            continue
        between = pieces[at + 1 : end : 2]
        if any(gap.strip() for gap in between):
            continue
        key = tuple(fold(word) for word in pieces[at:end:2])
        if key in _PHRASES:
            return length, _PHRASES[key]
    return 1, None
