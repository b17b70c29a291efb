#!/usr/bin/python3
"""Write a realistic service-desk survey export whose poor responses carry their true cause.

Usage: tests/bench/make_cause_export.py OUT.csv [N] [--seed S]

N rows (default 10000), UTF-8 with a header row: Ticket, Date, Service, Agent, Customer,
Score (1-5), Comment, Category. About 45% of the rows are poor (score 1 or 2); their Category
is the cause their comment was written from (14 causes, several per service, some spanning
services), and "satisfied" for the rest. Poor comments come from varied templates with
synonyms; some hold a ticket number, a phone number or an e-mail address, about 8% have a
one-letter typo, about 15% are German or French, some ramble, about 5% are empty and about 3%
say nothing ("bad", "no"). The same seed (default 1) gives the same file. Standard library only.
Feed it to tests/bench/causes_quality.py to score how well QuickWins groups the causes.
"""

import argparse
import csv
import datetime
import random
import re
import sys

SERVICES = ["Email", "VPN", "Laptops", "Service Desk phone line", "Printing", "Accounts", "Wi-Fi", "Teams"]
SERVICE_WEIGHTS = [16, 12, 14, 15, 9, 14, 11, 9]

# cause: (weight among poor rows, services it happens in (the first most often),
#         English, German and French templates). "[a|b]" picks one; "{x}" is filled in.
CAUSES = {
    "no call back": (12, ["Service Desk phone line", "Laptops", "Accounts", "VPN", "Email"], [
        "[Nobody|No one|No-one] [called|rang|phoned] me back[| after {days} days]",
        "I was promised a call back and it never came",
        "Still waiting for the call back I was promised on {ticket}",
        "[They|The agent] said someone would ring me back [the same day|within the hour|tomorrow] but [nobody did|I heard nothing]",
        "Left my number ({phone}) twice, no return call",
        "No follow up call at all, had to chase it myself",
        "Call back never happened[.|!] [Very disappointing|Not good enough]",
        "I asked for a callback on {phone} and got nothing for {days} days",
        "promised callback did not happen, I had to call again",
        "Waited {days} days for someone to get back to me by phone",
        "no one got back to me about {ticket}",
    ], [
        "Niemand hat mich zurückgerufen",
        "Mir wurde ein Rückruf versprochen, der nie kam",
        "Ich warte seit {days} Tagen auf den Rückruf zu {ticket}",
        "Kein Rückruf, obwohl ich meine Nummer {phone} hinterlassen habe",
        "Es hieß, man ruft mich zurück, aber es kam nichts",
    ], [
        "Personne ne m'a rappelé",
        "On m'avait promis un rappel qui n'est jamais venu",
        "J'attends toujours qu'on me rappelle depuis {days} jours",
        "Aucun rappel alors que j'ai laissé mon numéro {phone}",
        "On devait me rappeler pour {ticket}, rien",
    ]),
    "password reset": (9, ["Accounts", "Email", "VPN"], [
        "Password reset [does not|doesn't] work",
        "The password reset link [expired|had expired] before I could use it",
        "Tried to reset my password [three|several|{n}] times, still locked out of [email|everything]",
        "[Reset|Resetting] my password took [ages|{days} days|forever]",
        "new password was not accepted after the reset",
        "Self-service password reset [keeps failing|is broken], had to call in",
        "The reset email never arrived at {email}",
        "Still can't log in after the password reset on {ticket}",
        "Password change did not sync, it still asks for the old password",
        "they reset the password but gave me the wrong temporary one",
    ], [
        "Passwort zurücksetzen funktioniert nicht",
        "Der Link zum Zurücksetzen des Passworts war abgelaufen",
        "Nach dem Zurücksetzen des Passworts kann ich mich immer noch nicht anmelden",
        "Das neue Passwort wird nicht akzeptiert",
        "Die E-Mail zum Zurücksetzen des Passworts kam nie an",
    ], [
        "La réinitialisation du mot de passe ne fonctionne pas",
        "Le lien de réinitialisation du mot de passe avait expiré",
        "Impossible de me connecter après la réinitialisation du mot de passe",
        "Le nouveau mot de passe n'est pas accepté",
        "Je n'ai jamais reçu l'e-mail pour réinitialiser mon mot de passe",
    ]),
    "printer jam": (5, ["Printing"], [
        "Printer [keeps jamming|jams constantly|is jammed again]",
        "Paper jam on the [second|third] floor printer[, again|]",
        "The printer in {where} still jams after the engineer visit",
        "Paper [gets stuck|is stuck] in the printer every few pages",
        "jammed printer reported on {ticket} and nobody fixed it",
        "Printer eats the paper, [tray 2|the bottom tray] jams every time",
        "still getting paper jams, cannot print anything longer than [two|three] pages",
        "The [big|colour|main] printer [keeps getting|gets] jammed",
        "Paper jam again. This is the [third|fourth] time this week",
    ], [
        "Der Drucker hat ständig Papierstau",
        "Papierstau im Drucker in Raum {room}, schon wieder",
        "Der Drucker staut nach jedem zweiten Blatt",
        "Trotz Technikerbesuch immer noch Papierstau",
    ], [
        "L'imprimante a encore un bourrage papier",
        "Bourrage papier à chaque impression",
        "Le papier reste coincé dans l'imprimante de la salle {room}",
        "Toujours des bourrages après le passage du technicien",
    ]),
    "printer offline": (4, ["Printing"], [
        "Printer [shows|is] offline[ again| all the time|]",
        "Cannot print, the printer says offline",
        "The printer in {where} [keeps going|went] offline",
        "Print jobs stuck in the queue, printer offline",
        "Printer not found on the network",
        "My [documents|print jobs] never come out, printer [offline|unavailable]",
        "Printer [disappeared|vanished] from my list again",
        "Printer offline since Monday, {ticket}",
    ], [
        "Der Drucker ist offline",
        "Drucken geht nicht, der Drucker wird als offline angezeigt",
        "Druckaufträge hängen in der Warteschlange",
        "Drucker im Netzwerk nicht gefunden",
    ], [
        "L'imprimante est hors ligne",
        "Impossible d'imprimer, l'imprimante est hors ligne",
        "Les impressions restent bloquées dans la file d'attente",
        "L'imprimante n'apparaît plus sur le réseau",
    ]),
    "slow vpn": (8, ["VPN"], [
        "VPN is [very|really|painfully|so] slow",
        "The VPN[ connection|] is [unusably|extremely] slow from home",
        "VPN keeps [crawling|dragging], files take [minutes|ages] to open",
        "Working from home over the VPN is [impossible|a nightmare], [so|very] slow",
        "Slow VPN again, speed is about {n} Mbps",
        "[Remote access|The VPN] is slow every [morning|afternoon]",
        "VPN slow since the update, reported on {ticket}",
        "VPN connects but everything is sluggish",
        "Nothing loads on the VPN, the speed is terrible",
    ], [
        "Das VPN ist sehr langsam",
        "Über das VPN dauert alles ewig",
        "VPN-Verbindung von zu Hause extrem langsam",
        "Seit dem Update ist das VPN total langsam",
    ], [
        "Le VPN est très lent",
        "La connexion VPN est extrêmement lente depuis chez moi",
        "Tout est lent quand je passe par le VPN",
        "Le VPN rame depuis la mise à jour",
    ]),
    "ticket closed unresolved": (11, list(SERVICES), [
        "[Ticket|My ticket|The incident] was closed [but|and] the problem is not [fixed|solved|resolved]",
        "They closed {ticket} without fixing anything",
        "Closed without [asking me|checking with me|a solution]",
        "Issue not resolved, ticket closed anyway",
        "marked as resolved but it still [does not work|doesn't work|happens]",
        "Why was my ticket closed? Nothing has changed",
        "Closed as fixed, it is not fixed",
        "Had to reopen {ticket} because it was closed unresolved",
        "The case was closed after {days} days with no resolution",
        "Resolved? No. Still broken",
    ], [
        "Das Ticket wurde geschlossen, obwohl das Problem nicht gelöst ist",
        "Ticket {ticket} ohne Lösung geschlossen",
        "Als gelöst markiert, aber es funktioniert immer noch nicht",
        "Man hat mein Ticket einfach geschlossen",
    ], [
        "Le ticket a été fermé alors que le problème n'est pas résolu",
        "Ticket {ticket} clôturé sans solution",
        "Marqué comme résolu mais ça ne marche toujours pas",
        "On a fermé ma demande sans me demander",
    ]),
    "long wait on hold": (10, ["Service Desk phone line"], [
        "[Waited|Was on hold|Held] for {mins} minutes [before anyone answered|on the phone]",
        "Far too long on hold",
        "The hold time was [ridiculous|awful|unacceptable]",
        "On hold for [ages|over an hour|{mins} minutes] just to report a simple issue",
        "Long wait in the phone queue, the music drove me mad",
        "The phone line kept me waiting for {mins} min",
        "It took {mins} minutes to get through to the service desk",
        "Queue was huge, I was number {n} in line",
        "Hold music for half an hour, then cut off",
    ], [
        "Ich hing {mins} Minuten in der Warteschleife",
        "Viel zu lange Wartezeit am Telefon",
        "Die Warteschleife war unerträglich lang",
        "Erst nach {mins} Minuten hat jemand abgenommen",
    ], [
        "J'ai attendu {mins} minutes en attente au téléphone",
        "Beaucoup trop d'attente au téléphone",
        "Le temps d'attente était interminable",
        "Personne n'a décroché avant {mins} minutes",
    ]),
    "laptop battery": (4, ["Laptops"], [
        "Laptop battery [dies|drains|runs out] [in an hour|after {n} hours|very fast]",
        "The battery on my [new |replacement |]laptop [won't|will not|does not] charge",
        "Battery still swollen, asked for a replacement on {ticket}",
        "Laptop [shuts down|turns off] at {n}% battery",
        "My laptop battery lasts [barely|only] {mins} minutes",
        "Battery replacement [never arrived|took weeks]",
        "Laptop won't hold a charge",
        "Charger works but the battery [keeps|is] draining",
    ], [
        "Der Laptop-Akku ist nach einer Stunde leer",
        "Der Akku meines Laptops lädt nicht",
        "Akku-Tausch für den Laptop dauert schon Wochen",
        "Laptop geht bei {n}% Akku einfach aus",
    ], [
        "La batterie de mon portable se vide en une heure",
        "La batterie de l'ordinateur portable ne charge plus",
        "Toujours pas de batterie de remplacement pour mon portable",
        "Le portable s'éteint à {n}% de batterie",
    ]),
    "wifi drops": (8, ["Wi-Fi"], [
        "Wi-Fi [keeps dropping|drops out|disconnects] [every afternoon|all the time|every few minutes]",
        "The wifi in {where} [cuts out|drops] constantly",
        "Wireless connection [keeps|kept] dropping during meetings",
        "WiFi disconnects every [10|20|{n}] minutes",
        "The Wi-Fi signal is gone again in {where}",
        "I lose the wifi several times a day",
        "wifi drop outs still happening, see {ticket}",
        "eduroam keeps kicking me off",
        "Wireless network unstable, have to reconnect [constantly|all the time]",
    ], [
        "Das WLAN bricht ständig ab",
        "WLAN in Raum {room} fällt immer wieder aus",
        "Die WLAN-Verbindung trennt sich alle paar Minuten",
        "Ständig Verbindungsabbrüche im WLAN",
    ], [
        "Le Wi-Fi coupe sans arrêt",
        "La connexion wifi se déconnecte toutes les quelques minutes",
        "Le wifi de la salle {room} décroche constamment",
        "Je perds le réseau sans fil plusieurs fois par jour",
    ]),
    "email sync": (7, ["Email"], [
        "Email [is not|isn't|won't] [syncing|synchronising|synchronizing] on my phone",
        "Outlook [does not|doesn't] sync, emails [arrive|show up] hours late",
        "My mailbox [stopped|has stopped] syncing [again|since yesterday]",
        "Emails [missing|not showing] on the phone but fine on the laptop",
        "Calendar and mail out of sync between devices",
        "Mail to {email} not arriving on mobile",
        "Outlook stuck on updating folder",
        "Sent items [don't|do not] sync to my phone",
        "Inbox not updating, still shows last week's mail",
    ], [
        "Meine E-Mails werden auf dem Handy nicht synchronisiert",
        "Outlook synchronisiert nicht mehr",
        "Das Postfach synchronisiert seit gestern nicht",
        "Mails kommen mit Stunden Verspätung an",
    ], [
        "Mes e-mails ne se synchronisent pas sur mon téléphone",
        "Outlook ne synchronise plus",
        "La boîte mail ne se met plus à jour",
        "Les messages arrivent avec des heures de retard",
    ]),
    "teams audio": (5, ["Teams"], [
        "[No sound|No audio] in Teams [calls|meetings]",
        "Teams audio [keeps cutting out|is choppy|drops]",
        "People can't hear me on Teams",
        "Microphone [does not|doesn't] work in Teams",
        "Teams [meeting|call] audio [echoes|crackles] [constantly|all the time]",
        "Headset not recognised in Teams, no sound",
        "Audio in Teams is robotic and delayed",
        "Sound drops out every few minutes in Teams calls",
        "I can hear others but they can't hear me in Teams, still open on {ticket}",
    ], [
        "Kein Ton in Teams-Besprechungen",
        "Das Mikrofon funktioniert in Teams nicht",
        "Der Ton in Teams bricht ständig ab",
        "In Teams hört mich niemand",
    ], [
        "Pas de son dans les réunions Teams",
        "Le micro ne marche pas dans Teams",
        "Le son coupe sans arrêt dans Teams",
        "Personne ne m'entend sur Teams",
    ]),
    "had to repeat myself": (6, ["Service Desk phone line", "Accounts", "Laptops", "Email"], [
        "Had to [explain|repeat] [the problem|everything|my issue] [three|several|{n}] times",
        "I had to repeat myself to every agent",
        "[Nobody|No one] read the ticket, I had to explain it all again",
        "Every time I called I had to start from scratch",
        "Told the same story to {n} different people",
        "They kept asking for the same information [again and again|over and over]",
        "No notes on {ticket} so I had to repeat everything",
        "Passed around between teams and repeated my issue each time",
        "Asked me for my details again even though they were in the ticket",
    ], [
        "Ich musste alles mehrmals erklären",
        "Ich musste mich bei jedem Mitarbeiter wiederholen",
        "Niemand hat das Ticket gelesen, ich musste alles noch einmal erzählen",
        "Immer wieder dieselben Fragen",
    ], [
        "J'ai dû tout réexpliquer plusieurs fois",
        "J'ai dû me répéter à chaque appel",
        "Personne n'avait lu le ticket, j'ai dû tout redire",
        "On m'a posé les mêmes questions encore et encore",
    ]),
    "agent rude": (4, ["Service Desk phone line", "Laptops", "Printing"], [
        "The agent was [rude|very rude|dismissive|condescending]",
        "[Rude|Unfriendly|Impolite] [staff|agent|person] on the phone",
        "I was spoken to like an idiot",
        "The technician was [impatient|unpleasant] and [rude|sarcastic]",
        "The person I spoke to was rude and hung up on me",
        "Very unprofessional attitude",
        "Agent sighed and was [rude|short] with me the whole call",
        "Made me feel stupid for asking",
        "Not polite at all, [terrible|poor] attitude",
    ], [
        "Der Mitarbeiter war unhöflich",
        "Sehr unfreundlich am Telefon",
        "Ich wurde behandelt, als wäre ich dumm",
        "Der Techniker war herablassend und hat einfach aufgelegt",
    ], [
        "L'agent était impoli",
        "Très désagréable au téléphone",
        "On m'a parlé comme à un idiot",
        "Le technicien était méprisant et m'a raccroché au nez",
    ]),
    "account locked": (6, ["Accounts", "Email", "Teams", "VPN"], [
        "My account [is|was|keeps getting] locked[ again| every morning|]",
        "Account locked out for {n} [hours|days]",
        "Locked out of my account [and nobody could unlock it|for the whole day]",
        "Account keeps locking itself",
        "Could not log in, account disabled by mistake",
        "Still locked out, {ticket} not actioned",
        "My user account was locked [three|several] times this week",
        "Account unlock took [forever|two days|{days} days]",
    ], [
        "Mein Konto ist schon wieder gesperrt",
        "Mein Benutzerkonto wird ständig gesperrt",
        "Seit {days} Tagen aus meinem Konto ausgesperrt",
        "Die Entsperrung des Kontos hat ewig gedauert",
    ], [
        "Mon compte est encore bloqué",
        "Mon compte se verrouille tout le temps",
        "Compte bloqué depuis {days} jours",
        "Le déblocage de mon compte a pris une éternité",
    ]),
}

FILLERS = [
    "I was in the middle of preparing the quarterly report for my manager",
    "it's been a long week",
    "the coffee machine on our floor is broken too but that's another story",
    "my colleague had the same thing last month",
    "I work part time so this cost me half a day",
    "honestly I don't usually fill these surveys in",
    "we have an audit next week",
    "I'm writing this from my phone on the train",
    "the new building looks nice though",
    "sorry for the long message",
    "not sure who actually reads these",
    "it happened right before a client presentation",
    "I've been here twelve years and never had this before",
    "my manager asked me to mention it",
    "we are short staffed as it is",
    "anyway",
]
TRIVIAL = ["bad", "thanks", "no", "meh", "poor", "n/a", "-", "nothing", "ok", "no comment", "?", "terrible", "."]
GOOD = {
    "en": ["quick fix, thanks", "great help", "Sorted quickly, thank you", "Very helpful and friendly",
           "Fixed first time", "thanks {agent}, really patient", "Problem solved within minutes", "all good",
           "Excellent service", "Easy to reach and quick", "friendly and knowledgeable",
           "Resolved my {service} issue quickly", "Great, thanks!", "Good job", "happy with the support"],
    "de": ["Schnell gelöst, danke", "Sehr hilfsbereit", "Super Service", "Alles bestens, vielen Dank"],
    "fr": ["Rapide et efficace, merci", "Très bonne aide", "Service impeccable", "Merci, problème réglé"],
}
FIRST = ["James", "Mary", "Oliver", "Amelia", "Liam", "Sophie", "Noah", "Emma", "Jack", "Chloe", "Harry",
         "Grace", "Mohammed", "Aisha", "Lukas", "Hannah", "Jonas", "Lea", "Louis", "Camille", "Hugo", "Manon",
         "Priya", "Arjun", "Wei", "Mei", "Daniel", "Laura", "Thomas", "Anna", "Ben", "Zoe", "Omar", "Fatima",
         "Sam", "Ella", "Leon", "Marie", "Ethan", "Isla"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Khan",
        "Muller", "Schmidt", "Schneider", "Fischer", "Martin", "Bernard", "Dubois", "Durand", "Lefevre",
        "Chen", "Wang", "Singh", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Green", "Hall", "Wood",
        "Clarke", "Hughes", "Lewis", "Young", "King", "Baker", "Scott", "Moore", "Murphy", "Kelly"]
PLACES = ["the library", "building B", "room 2.14", "the east wing", "the open plan office", "the canteen",
          "lecture theatre 3", "the third floor"]

CHOICE = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"\{(\w+)\}")


def fill(template, rng, slots):
    text = CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    return SLOT.sub(lambda m: slots[m.group(1)](), text)


def typo(text, rng):
    """Drop one letter of a word or swap two of its neighbours."""
    words = [m for m in re.finditer(r"\w+", text) if len(m.group()) >= 4 and m.group().isalpha()]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(1, len(w) - 1)
    w = w[:i] + w[i + 1:] if rng.random() < 0.5 else w[:i - 1] + w[i] + w[i - 1] + w[i + 1:]
    return text[:m.start()] + w + text[m.end():]


def main():
    ap = argparse.ArgumentParser(description="Write a synthetic survey export with true causes.")
    ap.add_argument("out", metavar="OUT.csv")
    ap.add_argument("n", metavar="N", nargs="?", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.n < 0:
        sys.exit("N must be 0 or more")
    rng = random.Random(args.seed)

    end = datetime.datetime(2026, 12, 1)
    start = end - datetime.timedelta(days=180)
    dates = []
    for _ in range(args.n):
        day = start + datetime.timedelta(days=rng.randrange(180))
        if day.weekday() >= 5 and rng.random() < 0.7:  # quieter weekends
            day = start + datetime.timedelta(days=rng.randrange(180))
        dates.append(day + datetime.timedelta(minutes=rng.randrange(7 * 60, 19 * 60)))
    dates.sort()

    agents = [f"{f} {l}" for f, l in zip(rng.sample(FIRST, 24), rng.sample(LAST, 24))]
    causes = list(CAUSES)
    cause_weights = [CAUSES[c][0] for c in causes]
    number = 12000

    def person():
        return f"{rng.choice(FIRST)}.{rng.choice(LAST)}{rng.choice(['', '', '', str(rng.randint(2, 9))])}".lower() \
            + "@example.org"

    with open(args.out, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Ticket", "Date", "Service", "Agent", "Customer", "Score", "Comment", "Category"])
        for when in dates:
            number += rng.randint(1, 6)
            ticket = f"INC{number:07d}"
            customer = person()
            agent = rng.choice(agents)
            slots = {
                "ticket": lambda: f"INC{max(1, number - rng.randint(5, 3000)):07d}",
                "phone": lambda: rng.choice([f"07700 900{rng.randint(0, 999):03d}", f"+44 20 7946 0{rng.randint(0, 999):03d}",
                                             f"+49 30 {rng.randint(1000000, 9999999)}", f"ext. {rng.randint(2000, 4999)}"]),
                "email": lambda: customer if rng.random() < 0.7 else person(),
                "days": lambda: str(rng.randint(2, 14)),
                "mins": lambda: str(rng.choice([20, 25, 30, 40, 45, 50, 55, 70, 90])),
                "n": lambda: str(rng.randint(2, 9)),
                "where": lambda: rng.choice(PLACES),
                "room": lambda: f"{rng.randint(0, 4)}.{rng.randint(1, 30):02d}",
                "agent": lambda: agent.split()[0],
            }
            poor = rng.random() < 0.45
            if poor:
                score = rng.choice([1, 1, 2, 2, 2])
                category = rng.choices(causes, cause_weights)[0]
                _, services, en, de, fr = CAUSES[category]
                service = services[0] if rng.random() < 0.4 else rng.choice(services)
                kind = rng.random()
                if kind < 0.05:
                    comment = ""
                elif kind < 0.08:
                    comment = rng.choice(TRIVIAL)
                else:
                    lang = rng.random()
                    if lang < 0.08:
                        comment = fill(rng.choice(de), rng, slots)
                    elif lang < 0.16:
                        comment = fill(rng.choice(fr), rng, slots)
                    else:
                        comment = fill(rng.choice(en), rng, slots)
                        extra = rng.random()
                        if extra < 0.10:  # rambling
                            parts = [comment] + rng.sample(FILLERS, rng.randint(2, 4))
                            rng.shuffle(parts)
                            if rng.random() < 0.5:
                                parts.insert(rng.randrange(len(parts) + 1), fill(rng.choice(en), rng, slots))
                            comment = ". ".join(p[0].upper() + p[1:] for p in parts)
                        elif extra < 0.18:
                            comment += rng.choice([f" (ref {slots['ticket']()})", f". Call me on {slots['phone']()}",
                                                   f", email me at {slots['email']()}"])
                        elif extra < 0.30:
                            comment += rng.choice([".", "!", "!!", " :(", ". Not happy."])
                    if rng.random() < 0.085:
                        comment = typo(comment, rng)
            else:
                score = rng.choices([3, 4, 5], [20, 35, 45])[0]
                category = "satisfied"
                service = rng.choices(SERVICES, SERVICE_WEIGHTS)[0]
                if rng.random() < 0.4:
                    comment = ""
                else:
                    lang = rng.choices(["en", "de", "fr"], [88, 6, 6])[0]
                    comment = fill(rng.choice(GOOD[lang]), rng, {**slots, "service": lambda: service})
            out.writerow([ticket, when.strftime("%Y-%m-%dT%H:%M:00Z"), service, agent, customer, score,
                          comment, category])


if __name__ == "__main__":
    main()
