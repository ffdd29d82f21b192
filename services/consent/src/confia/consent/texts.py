"""What the customer reads: the AI disclosure, the privacy notice and every consent reply.

Configured per business (settings), in Brazilian Portuguese or English. README lists
the texts a business must review before going live.
"""

from dataclasses import dataclass
from typing import Literal

Language = Literal["pt-BR", "en"]


@dataclass(frozen=True)
class Notice:
    business_name: str
    version: str
    purpose: str  # what the processing is for, in the business's words
    retention: str  # how long conversations are kept
    policy_url: str
    dpo_contact: str
    language: Language = "pt-BR"
    access_channel: str = "o e-mail do seu cadastro"

    def disclosure(self) -> str:
        """First contact: who we are (an AI), the notice, and the question."""
        if self.language == "en":
            return (
                f"Hi! This is {self.business_name}'s virtual assistant. I am an artificial "
                "intelligence, not a person.\n\n"
                f"To help you, your messages are processed with AI support ({self.purpose}). "
                "Personal data such as your tax id or phone number is replaced by codes before "
                "the AI reads anything, and everything is stored encrypted. We keep "
                f"conversations for {self.retention}. You can withdraw consent, see or delete "
                'your data at any time: just write "privacy".\n\n'
                f"Controller: {self.business_name}\nPrivacy policy: {self.policy_url}\n"
                f"Data protection officer: {self.dpo_contact}\n\n"
                "Do you agree to be served by the virtual assistant?"
            )
        return (
            f"Olá! Aqui é a assistente virtual da {self.business_name}. Sou uma inteligência "
            "artificial, não uma pessoa.\n\n"
            f"Para te atender, suas mensagens são tratadas com apoio de IA ({self.purpose}). "
            "Antes de a IA ler qualquer coisa, dados pessoais como CPF e telefone são trocados "
            "por códigos, e tudo fica guardado com criptografia. Guardamos as conversas por "
            f"{self.retention}. Você pode revogar o consentimento, ver ou apagar seus dados "
            'quando quiser: é só escrever "privacidade".\n\n'
            f"Controlador: {self.business_name}\nPolítica de privacidade: {self.policy_url}\n"
            f"Encarregado (DPO): {self.dpo_contact}\n\n"
            "Você aceita ser atendido pela assistente virtual?"
        )

    def reply(self, key: str) -> str:
        return _REPLIES[self.language][key].format(notice=self)

    def button(self, key: str) -> str:
        return _BUTTONS[self.language][key]


_BUTTONS: dict[Language, dict[str, str]] = {
    "pt-BR": {
        "accept": "Aceito",
        "decline": "Não aceito",
        "human": "Falar com pessoa",
        "yes": "Sim",
        "no": "Não",
        "confirm_erasure": "Apagar meus dados",
        "cancel": "Cancelar",
    },
    "en": {
        "accept": "I agree",
        "decline": "I don't agree",
        "human": "Talk to a person",
        "yes": "Yes",
        "no": "No",
        "confirm_erasure": "Delete my data",
        "cancel": "Cancel",
    },
}

_REPLIES: dict[Language, dict[str, str]] = {
    "pt-BR": {
        "granted": "Obrigado! Já vou ver sua mensagem. Se preferir falar com uma pessoa, "
        "é só pedir a qualquer momento.",
        "ask_analytics": "Também podemos usar suas conversas, sem dados pessoais, para "
        "melhorar a qualidade do atendimento. Você aceita? É opcional.",
        "analytics_granted": "Combinado, obrigado!",
        "analytics_declined": "Tudo bem, não usaremos suas conversas para isso.",
        "declined": "Tudo bem: suas mensagens não serão tratadas por IA, e a mensagem que "
        "você enviou foi apagada. Uma pessoa da equipe pode te atender: é só escrever.",
        "revoked": "Consentimento revogado: a partir de agora suas mensagens não passam pela "
        "IA. Uma pessoa da equipe continua disponível para te atender.",
        "without_ai": "Sua mensagem foi encaminhada para uma pessoa da equipe, sem uso de IA.",
        "sensitive_to_human": "Esse assunto envolve dados sensíveis, então uma pessoa da "
        "equipe vai continuar o atendimento, sem uso de IA.",
        "ask_sensitive": "Sua mensagem parece conter dados sensíveis (como de saúde). Você "
        "autoriza tratá-los com apoio de IA só para este atendimento? Sem essa autorização, "
        "uma pessoa da equipe responde.",
        "human": "Certo! Vou chamar uma pessoa da equipe para continuar o atendimento.",
        "review": "Certo! Uma pessoa da equipe vai revisar as respostas da assistente "
        "virtual e falar com você.",
        "confirm_erasure": "Você quer apagar todos os seus dados da {notice.business_name}? "
        "Isso apaga as conversas e não pode ser desfeito.",
        "erasure_started": "Recebemos seu pedido. Estamos apagando seus dados e avisamos "
        "aqui quando terminar.",
        "erasure_in_progress": "Seu pedido de exclusão já está em andamento. Avisamos aqui "
        "quando terminar.",
        "erasure_done": "Pronto: seus dados foram apagados. Se escrever de novo, começamos "
        "do zero.",
        "erasure_cancelled": "Tudo bem, nada foi apagado.",
        "access": "Recebemos seu pedido de acesso aos seus dados. O relatório será enviado "
        "por {notice.access_channel}, sem passar por esta conversa.",
        "menu": "Privacidade ({notice.business_name}). Escreva:\n"
        '• "revogar" para retirar o consentimento de uso de IA\n'
        '• "meus dados" para receber uma cópia dos seus dados\n'
        '• "apagar meus dados" para apagar tudo\n'
        '• "revisar resposta" para uma pessoa revisar o que a IA respondeu\n'
        '• "falar com humano" para falar com uma pessoa\n'
        "Política: {notice.policy_url} · Encarregado: {notice.dpo_contact}",
    },
    "en": {
        "granted": "Thank you! I'll look at your message now. If you'd rather talk to a "
        "person, just ask at any time.",
        "ask_analytics": "We can also use your conversations, without personal data, to "
        "improve our service. Do you agree? It's optional.",
        "analytics_granted": "Done, thank you!",
        "analytics_declined": "Fine, we won't use your conversations for that.",
        "declined": "Fine: your messages won't be processed by AI, and the message you sent "
        "was deleted. A person from our team can help you: just write.",
        "revoked": "Consent withdrawn: from now on your messages don't go through the AI. "
        "A person from our team is still there to help you.",
        "without_ai": "Your message was passed to a person from our team, without AI.",
        "sensitive_to_human": "This involves sensitive data, so a person from our team will "
        "take it from here, without AI.",
        "ask_sensitive": "Your message seems to contain sensitive data (such as health "
        "data). Do you allow it to be processed with AI support for this conversation only? "
        "Without it, a person from our team will answer.",
        "human": "Sure! I'll call a person from our team to take over.",
        "review": "Sure! A person from our team will review the assistant's answers and get "
        "back to you.",
        "confirm_erasure": "Do you want to delete all your data at {notice.business_name}? "
        "This deletes the conversations and cannot be undone.",
        "erasure_started": "We got your request. We're deleting your data and will tell you "
        "here when it's done.",
        "erasure_in_progress": "Your deletion request is already in progress. We'll tell you "
        "here when it's done.",
        "erasure_done": "Done: your data was deleted. If you write again, we start afresh.",
        "erasure_cancelled": "Fine, nothing was deleted.",
        "access": "We got your request for your data. The report will be sent to "
        "{notice.access_channel}, not through this chat.",
        "menu": "Privacy ({notice.business_name}). Write:\n"
        '• "revoke" to withdraw consent to AI processing\n'
        '• "my data" to get a copy of your data\n'
        '• "delete my data" to delete everything\n'
        '• "review" for a person to review what the AI answered\n'
        '• "human" to talk to a person\n'
        "Policy: {notice.policy_url} · DPO: {notice.dpo_contact}",
    },
}
