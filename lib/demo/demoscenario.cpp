#include "demoscenario.h"

#include <QDateTime>
#include <QSet>
#include <QTime>

#include <array>
#include <iterator>

namespace qw {

namespace {

constexpr const char *services[] = {
    "Email & calendar",    "Video conferencing", "Wi-Fi & network",     "Printing",
    "Student portal",      "Password & accounts", "Laptops & devices",  "Service desk phone line",
};
enum Service { Mail, Vc, WiFi, Print, Portal, Accounts, Laptops, PhoneLine };

constexpr const char *Desk = "Service desk";
constexpr const char *Network = "Network team";
constexpr const char *Collab = "Collaboration team";
constexpr const char *Identity = "Identity & access";
constexpr const char *Euc = "End-user computing";
constexpr const char *PrintTeam = "Print services";
constexpr const char *Web = "Web & portal team";
constexpr const char *Messaging = "Messaging team";

constexpr auto Five = SatisfactionScale::OneToFive;
constexpr auto Ten = SatisfactionScale::OneToTen;
constexpr auto Three = SatisfactionScale::ZeroToThree;
constexpr auto BadGood = SatisfactionScale::BadGood;

struct EntryRow
{
    const char *title;
    const char *description;
    const char *cause;
    Category category;
    Service service;
    const char *practice;
    int impact;
    int effort;
    Status status;
    const char *owner;
    const char *raisedBy;
    int raisedDaysAgo;
    int targetInDays;   // negative: in the past
    int doneDaysAgo;    // -1: not done
    const char *expectedBenefit;
    const char *notes;
};

// Quadrants under the default rule: 1-5 quick wins (2, 3 and 4 all score 4/2), 6-9 major
// projects, 10-12 fill-ins, 13-15 thankless tasks (13 and 14 both score 3/4).
constexpr EntryRow entryRows[] = {
    {"Call-back within 15 min for VC outages",
     "When a caller reports a live video conference failing, the desk rings back within 15 minutes; the voice mail greeting offers a priority option for live meetings.",
     "Calls beyond the queue capacity go to voice mail, which is checked once an hour; a live meeting is treated like any other incident.",
     Category::Process, PhoneLine, "incident", 5, 2, Status::InProgress, "Marco Bellini", "Dana Whitfield", 85, 10, -1,
     "No live meeting lost for want of an answer; fewer escalations from senior staff.",
     "Pilot of the press-1 option started. Voice mail now also e-mails the duty team lead."},
    {"Promote self-service password reset",
     "Put the self-service reset link in the phone greeting, on the login page and in the lock-out e-mail; enrol students at induction.",
     "Most people do not know that self-service reset exists, so they queue for an agent.",
     Category::Process, Accounts, "knowledge", 4, 2, Status::Approved, "Sophie Laurent", "Marco Bellini", 60, 21, -1,
     "About a fifth fewer calls between 8 and 9 am; nobody waits for a reset before a lecture.",
     "Identity team confirmed that self-service reset is already licensed for all students."},
    {"Printer status on the student portal",
     "Show the live status of public printers and plotters on the student portal, fed by the print server's alerts.",
     "Print services know about printer faults, but students only find out at the printer.",
     Category::Technology, Print, "monitoring", 4, 2, Status::Proposed, "Raj Patel", "Dana Whitfield", 40, 45, -1,
     "Students go straight to a working printer; fewer walk-ins and refunds at deadlines.",
     "The print server already raises the alerts; only a small portal widget is missing."},
    {"One eduroam guide for agents and users",
     "Replace the four eduroam articles with one guide per platform, with screenshots, and brief the agents in a 10-minute huddle.",
     "Agents use different, partly outdated articles and give conflicting settings.",
     Category::People, WiFi, "knowledge", 4, 2, Status::InProgress, "Sophie Laurent", "Aisha Rahman", 30, 7, -1,
     "Connected first time; fewer repeat contacts about Wi-Fi at the start of term.",
     "Android and iOS drafts done; Windows and macOS next."},
    {"Warm transfer to second line",
     "Agents stay on the line and introduce the caller to the second-line engineer, with the ticket open, instead of re-queuing the call.",
     "Cold transfers put callers back at the end of the general queue and lose the context.",
     Category::People, PhoneLine, "service-desk", 4, 1, Status::Done, "Marco Bellini", "Dana Whitfield", 75, -25, 20,
     "Callers explain their problem once; no dropped calls after a transfer.",
     "All three shifts briefed. Transferred calls are few among all the phone line's calls: watch them, not only the line's verdict, for six weeks before verifying."},
    {"Extended phone cover in exam weeks",
     "Open the phone line and chat from 7:30 to 21:00, Saturdays included, during both exam periods, with a rota of second-line volunteers.",
     "Desk hours suit office staff; online exams start early and finish late.",
     Category::People, PhoneLine, "service-level", 5, 4, Status::Approved, "Dana Whitfield", "Marco Bellini", 100, 60, -1,
     "No student misses an online exam for lack of help.",
     "Needs overtime budget; HR consulted about the volunteer rota."},
    {"Replace meeting-room VC codecs",
     "Replace the eleven end-of-life room systems in the Senate and board rooms with certified Teams and Zoom rooms.",
     "The room codecs are out of support, freeze under load and cannot share a screen to Teams.",
     Category::Technology, Vc, "change", 4, 5, Status::Proposed, "Tom\u00e1s Ortega", "Tom\u00e1s Ortega", 25, 150, -1,
     "Reliable rooms for high-stakes meetings; fewer emergency call-outs.",
     "Capital bid due next quarter; quotes requested from two suppliers."},
    {"Wi-Fi survey of library floors",
     "Have the network supplier survey coverage and capacity on library floors 2 to 4 and add access points where needed.",
     "Access points were planned for 2015 numbers; the study areas now hold twice as many devices.",
     Category::Partner, WiFi, "problem", 5, 3, Status::InProgress, "Aisha Rahman", "Aisha Rahman", 55, 30, -1,
     "Stable Wi-Fi in the busiest study spaces; fewer repeat complaints.",
     "Survey booked with the supplier; results expected before the access point order."},
    {"Single sign-on for the student portal",
     "Move the student portal, module registration and library logins to the university single sign-on.",
     "Each system has its own account, so students juggle several passwords.",
     Category::Technology, Portal, "change", 4, 4, Status::Deferred, "Hannah Lindqvist", "Hugo Lambert", 50, 200, -1,
     "One login; fewer lock-outs and password calls.",
     "Deferred by the change advisory board until the portal upgrade in the summer."},
    {"Shared mailbox request checklist",
     "A request form that asks for owner, members and send-as rights up front and goes straight to the messaging team.",
     "The current form misses details, so requests bounce between teams.",
     Category::Process, Mail, "request", 2, 1, Status::Proposed, "Marco Bellini", "Dana Whitfield", 20, 30, -1,
     "Shared mailboxes set up in one day instead of a week.",
     "Form draft is in the portal test instance."},
    {"Spare chargers at the walk-in desk",
     "Keep a box of labelled USB-C and barrel chargers at the walk-in desk and check every loan laptop's kit when it comes back.",
     "Loan laptops come back without chargers and go out again without them.",
     Category::Process, Laptops, "asset", 3, 1, Status::Approved, "Kwame Mensah", "Ruth Morgan", 12, 14, -1,
     "Loan laptops last the whole day; fewer return visits.",
     "Twenty chargers ordered from the stock budget."},
    {"Calendar delegation how-to for PAs",
     "A short how-to and an agent checklist for giving a PA delegate access to a calendar without breaking existing bookings.",
     "Agents were unsure about delegate permissions and gave advice that removed meetings.",
     Category::People, Mail, "knowledge", 3, 2, Status::Verified, "Sophie Laurent", "Marco Bellini", 112, -85, 80,
     "PAs get access on the first call; no lost bookings.",
     "Verified: no poor rating on calendar delegation in the ten weeks since; average score up from 2.1 to 4.3."},
    {"Next-day repair in the print contract",
     "Renegotiate the managed print contract for next-working-day engineer visits and a penalty for missed appointments.",
     "The contract allows five working days, and a missed visit has no consequence for the supplier.",
     Category::Partner, Print, "supplier", 3, 4, Status::Proposed, "Raj Patel", "Raj Patel", 35, 120, -1,
     "Office copiers back in service within a day.",
     "Contract renewal is eight months away; raise it at the next quarterly supplier review."},
    {"Mailbox quota warnings that arrive",
     "Send quota warnings at 80% and 95% to the user's own inbox, and review the quota per staff group.",
     "Since the mail migration, quota warnings go to an unmonitored legacy address.",
     Category::Technology, Mail, "monitoring", 3, 4, Status::Proposed, "Owen Price", "Ines Duarte", 28, 90, -1,
     "Nobody's mailbox stops receiving mail without notice.",
     "Needs a change to the mail platform policies and a tenant-wide test."},
    {"Pre-imaged laptops for new starters",
     "Have the supplier hold pre-imaged laptops and deliver them within two days of an HR start date.",
     "Laptops are ordered only when HR confirms a start date; the supplier needs three weeks.",
     Category::Partner, Laptops, "supplier", 2, 5, Status::Proposed, "Kwame Mensah", "Kwame Mensah", 15, 180, -1,
     "New starters have a working laptop on their first day.",
     "Depends on the new framework agreement. Low volume so far."},
};

struct InteractionRow
{
    int daysAgo;
    int hour;
    int minute;
    Channel channel;
    Service service;
    const char *team;
    const char *agent;
    int ticket;
    SatisfactionScale scale;
    int score;
    const char *reason;
    const char *comment;
    const char *customer;
    bool repeatContact;
    int entry;          // 1-based row of entryRows, 0: not linked
};

constexpr InteractionRow interactionRows[] = {
    // The seed story and its kin: live meetings that could not reach the desk.
    {9, 14, 5, Channel::Phone, PhoneLine, Desk, "Liam Fraser", 41187, Five, 1, "Call went to voice mail",
     "I rang the IT number ten minutes into an international video conference with our partners in Singapore and Toronto and got voice mail. By the time someone called back, the meeting was over.",
     "Prof. Helen Marsh", true, 1},
    {23, 9, 40, Channel::Phone, Vc, Desk, "Chlo\u00e9 Martin", 40562, Five, 2, "Long wait during live event",
     "Our webinar audio failed and I waited 18 minutes in the phone queue while 200 people were watching.",
     "m.osei@example.edu", false, 1},
    {37, 15, 20, Channel::Chat, Vc, Desk, "Ben Adeyemi", 39874, Three, 0, "No agent available",
     "The chat said \"an agent will be with you shortly\" for 25 minutes. The external examiner left the call.",
     "Dr. Fatima Al-Sayed", true, 1},
    {52, 11, 10, Channel::Phone, PhoneLine, Desk, "Nadia Haddad", 39120, Five, 1, "Voice mail, late call-back",
     "Left a voice mail about the board room camera at 11 am and was called back the next morning.",
     "Richard Okonkwo", false, 1},
    {66, 13, 55, Channel::Email, Vc, Collab, "Grace Liu", 38455, BadGood, 0, "Help came too late",
     "Our meeting with the funding agency dropped twice.\nI called, e-mailed and chatted, and the only answer came after the meeting had ended.",
     "s.brennan@example.edu", true, 1},
    {88, 16, 30, Channel::Phone, PhoneLine, Desk, "Liam Fraser", 37301, Ten, 2, "Call dropped in queue",
     "Twelve minutes of queue music, then the line went dead. I was presenting to a conference in Berlin.",
     "Anna Schmidt-Weber", false, 1},
    // Passwords.
    {5, 8, 35, Channel::Phone, Accounts, Desk, "Oskar Nilsson", 41420, Five, 2, "Waited for a password reset",
     "Forty minutes on hold just to reset a password before my 9 am lecture.", "j.okafor@example.edu", false, 2},
    {31, 8, 50, Channel::Portal, Accounts, Identity, "Emma Kowalski", 40011, Five, 1, "Locked out again",
     "Third lock-out this term. Nobody told me I could reset it myself.", "Priya Natarajan", true, 2},
    {58, 10, 15, Channel::Chat, Accounts, Desk, "Ben Adeyemi", 38822, Three, 1, "Reset link expired",
     "The reset link had already expired when the e-mail arrived.", "t.nguyen@example.edu", false, 2},
    {95, 9, 5, Channel::WalkIn, Accounts, Desk, "Ruth Morgan", 36702, Five, 2, "Had to come in person",
     "I had to walk across campus with my ID card for a password reset.", "Lucas Ferreira", false, 2},
    // Printing.
    {12, 12, 20, Channel::Portal, Print, PrintTeam, "Pedro Alves", 41003, Five, 1, "Printer broken, no notice",
     "Library printer 2 was broken all afternoon and there was no notice anywhere. I nearly missed the dissertation deadline.",
     "Chen Wei", true, 3},
    {45, 17, 10, Channel::Email, Print, PrintTeam, "Pedro Alves", 39503, Five, 2, "Sent to a broken plotter",
     "I sent my poster to the A0 plotter, paid, and found it \"out of service\". Why does the portal not say so?",
     "e.marchetti@example.edu", false, 3},
    {8, 15, 15, Channel::Phone, Print, PrintTeam, "Pedro Alves", 41290, Five, 1, "Engineer never came",
     "The copier in the admissions office has been broken for nine days. The engineer was 'booked' twice.",
     "Karen Mitchell", true, 13},
    {55, 11, 0, Channel::Portal, Print, PrintTeam, "Pedro Alves", 38999, Five, 2, "Slow repair",
     "Five working days to replace a toner drum.", "b.oduya@example.edu", false, 13},
    // Wi-Fi.
    {15, 10, 45, Channel::Chat, WiFi, Desk, "Chlo\u00e9 Martin", 40890, Five, 2, "Conflicting instructions",
     "Two agents gave me two different sets of eduroam settings. Neither worked on my Android phone.",
     "Amara Diallo", true, 4},
    {41, 14, 40, Channel::WalkIn, WiFi, Desk, "Ruth Morgan", 39688, BadGood, 0, "Could not connect",
     "Still can't connect my laptop to eduroam after an hour at the desk.", "k.yamamoto@example.edu", false, 4},
    {77, 9, 30, Channel::Email, WiFi, Network, "Farid Karimi", 37790, Five, 1, "Certificate warning",
     "The setup guide doesn't mention the certificate warning, so I thought it was a hack and gave up.",
     "Sofia Rossi", false, 0},
    {3, 11, 50, Channel::Portal, WiFi, Network, "Farid Karimi", 41502, Five, 1, "Wi-Fi drops in library",
     "The Wi-Fi drops every few minutes on the third floor of the library. Recorded lectures are unwatchable.",
     "Mei Lin Tan", true, 8},
    {34, 16, 5, Channel::Chat, WiFi, Desk, "Nadia Haddad", 39980, Ten, 2, "Slow network",
     "Slow as treacle in the reading room every afternoon.", "d.obrien@example.edu", true, 8},
    {62, 13, 35, Channel::Email, WiFi, Network, "Farid Karimi", 38650, Five, 2, "Still not fixed",
     "I reported the dead zone in the group study rooms weeks ago. Still nothing.", "Javier Morales", true, 0},
    // The phone line itself.
    {70, 11, 25, Channel::Phone, PhoneLine, Desk, "Nadia Haddad", 38101, Five, 2, "Transferred and cut off",
     "I was transferred to second line and ended up back at the start of the queue.", "George Abernathy", true, 5},
    {84, 15, 50, Channel::Phone, Laptops, Desk, "Oskar Nilsson", 37512, Five, 1, "Had to explain three times",
     "I told my story three times to three people. Nobody had read the ticket.", "l.moreau@example.edu", true, 5},
    {102, 13, 15, Channel::Phone, Portal, Desk, "Liam Fraser", 36340, Ten, 1, "Cold transfer",
     "\"Please hold while I transfer you\" - and then forty minutes of silence.", "Isabel Cruz", false, 5},
    {18, 17, 45, Channel::Phone, PhoneLine, Desk, "Grace Liu", 40701, Five, 1, "Line closed",
     "The phone line closes at 17:30, the evening before my online exam, and the exam software would not start.",
     "Noah Fischer", false, 6},
    {20, 8, 5, Channel::Phone, Portal, Desk, "Ben Adeyemi", 40655, Three, 0, "Queue full",
     "\"All our agents are busy, please try again later\" - on the morning of my exam.", "h.ali@example.edu", true, 6},
    {110, 17, 20, Channel::Chat, PhoneLine, Desk, "Chlo\u00e9 Martin", 36011, Five, 2, "Chat offline",
     "Chat offline, phone engaged, portal says three working days. During exams!", "Olivia Bennett", false, 0},
    {99, 12, 5, Channel::Phone, PhoneLine, Desk, "Ruth Morgan", 36488, Five, 1, "Phone menu loop",
     "Pressed 2 for students, then 1 for passwords, and the menu started again. Three times.", "Hana Suzuki", false, 0},
    // Video conferencing rooms.
    {27, 10, 0, Channel::Video, Vc, Collab, "Yusuf Demir", 40299, Five, 1, "Room camera froze",
     "The camera in the Senate room froze again five minutes before the international review panel.",
     "Prof. Daniel Whitaker", true, 7},
    {73, 14, 10, Channel::Portal, Vc, Collab, "Yusuf Demir", 37955, Five, 2, "Cannot share screen",
     "The room system shares my laptop screen to Zoom but not to Teams.", "r.santos@example.edu", false, 7},
    {81, 10, 50, Channel::Video, Vc, Collab, "Yusuf Demir", 37660, Five, 2, "Recording lost",
     "The recording of my keynote was not saved and nobody can tell me why.", "l.ramirez@example.edu", false, 0},
    // Student portal.
    {48, 9, 20, Channel::Portal, Portal, Web, "Hugo Lambert", 39377, Five, 2, "Too many logins",
     "I need four different logins to register for one module. Why?", "Zara Ahmed", false, 9},
    {11, 9, 10, Channel::Portal, Portal, Web, "Hugo Lambert", 41099, Five, 1, "Timetable not loading",
     "The student portal showed an empty timetable on the first day of term.", "Ahmed Yilmaz", false, 0},
    {16, 13, 5, Channel::Chat, Portal, Desk, "Chlo\u00e9 Martin", 40802, Three, 1, "Grades page error",
     "Error 500 on the grades page. The agent said \"try another browser\" and closed the chat.",
     "n.kariuki@example.edu", true, 0},
    // Email and calendar.
    {29, 12, 40, Channel::Email, Mail, Messaging, "Ines Duarte", 40150, Five, 2, "Request bounced between teams",
     "My request for a department shared mailbox went back and forth between two teams for a week.",
     "p.hughes@example.edu", true, 10},
    {105, 10, 30, Channel::Phone, Mail, Desk, "Oskar Nilsson", 36205, Five, 1, "Could not share calendar",
     "I have been trying to give my PA access to my calendar for a week. Nobody could explain how.",
     "Prof. Margaret Doyle", true, 12},
    {116, 14, 55, Channel::Email, Mail, Messaging, "Ines Duarte", 35840, BadGood, 0, "Wrong advice",
     "The advice I was given deleted all the meetings my assistant had booked for me.", "v.kaur@example.edu", false, 12},
    {39, 8, 55, Channel::Email, Mail, Messaging, "Ines Duarte", 39755, Five, 2, "Mailbox full without warning",
     "My mailbox stopped receiving mail without any warning, and I missed an offer from a journal.",
     "Tomasz Nowak", false, 14},
    {25, 11, 35, Channel::Email, Mail, Messaging, "Ines Duarte", 40377, Five, 2, "Spam filter too strict",
     "Invitations from our partner university keep landing in quarantine.", "Dr. Ingrid Halvorsen", true, 0},
    // Laptops and accounts abroad.
    {1, 10, 20, Channel::Phone, Laptops, Euc, "Sam Okoro", 41611, Five, 1, "Laptop not ready",
     "First day in the new job and no laptop. I spent the morning reading the staff handbook.", "Elena Petrova", false, 0},
    {6, 14, 30, Channel::WalkIn, Laptops, Euc, "Sam Okoro", 41388, Five, 2, "Loan laptop without charger",
     "The loan laptop came without a charger and was flat by lunchtime.", "c.murphy@example.edu", true, 0},
    {44, 15, 45, Channel::Phone, Laptops, Euc, "Sam Okoro", 39590, Ten, 1, "Repair took weeks",
     "My laptop was away for repair for three weeks and nobody offered me a replacement.", "Fiona Gallagher", false, 0},
    {92, 16, 15, Channel::Portal, Accounts, Identity, "Emma Kowalski", 36950, BadGood, 0, "MFA lock-out abroad",
     "I'm at a conference in Nairobi, lost my phone and can't get past MFA.\nI'm told the only fix is to come to the desk in person.",
     "Prof. Alan Rutherford", true, 0},
};

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

// The rest of the survey: every response the desk's tool sent out over thirteen months, most of
// them good, as its satisfaction export holds them. Scores walk through fixed cycles (no
// randomness: the demonstration is the same every time it is made on the same day) whose
// shares of poor answers move with the academic year and with the improvements made:
// start-of-term strain on Wi-Fi and accounts, exam strain on the portal, e-mail and calendar
// better after the delegation how-to (entry 12, "improved"), the phone line level before and
// after the warm transfers (entry 5, "no change": the few transferred calls do not move the
// whole line).
constexpr int goodCycle[] = {5, 5, 4, 5, 4, 5, 5, 4, 3, 5, 5, 4, 5, 2, 5, 4, 5, 5, 4, 5};  // 4.5, 1 in 20 poor
constexpr int usualCycle[] = {5, 4, 5, 4, 5, 3, 5, 4, 1, 5, 4, 5, 5, 4, 2, 5};             // 4.1, 1 in 8 poor
constexpr int strainedCycle[] = {4, 2, 5, 3, 1, 4, 5, 2, 3, 4, 2, 4};                      // 3.3, 1 in 3 poor

enum class Mood { Good, Usual, Strained };

struct SurveyReason
{
    const char *reason;
    const char *comment;
    int entry; // 1-based row of entryRows it is evidence for, 0: none yet
};

struct SurveyService
{
    Service service;
    int perDay;
    const char *team;
    const char *agents[3];
    SurveyReason reasons[2];
};

constexpr SurveyService surveyServices[] = {
    {PhoneLine, 4, Desk, {"Liam Fraser", "Nadia Haddad", "Grace Liu"},
     {{"Long wait in the phone queue", "Waited a long time before anyone answered.", 0},
      {"Transferred and asked again", "Had to explain everything again after the transfer.", 5}}},
    {Mail, 2, Messaging, {"Ines Duarte", "Oskar Nilsson", "Owen Price"},
     {{"Could not share calendar", "Nobody could tell me how to give my assistant access.", 12},
      {"Mailbox full without warning", "Mail bounced and I was never warned.", 14}}},
    {Accounts, 2, Identity, {"Emma Kowalski", "Oskar Nilsson", "Ben Adeyemi"},
     {{"Waited for a password reset", "Queued for a reset I could have done myself.", 2},
      {"Locked out again", "Locked out for the second time this month.", 2}}},
    {WiFi, 2, Network, {"Farid Karimi", "Chlo\u00e9 Martin", "Ruth Morgan"},
     {{"Could not connect to eduroam", "The instructions did not work on my phone.", 4},
      {"Wi-Fi drops in the library", "Connection keeps dropping on the upper floors.", 8}}},
    {Laptops, 1, Euc, {"Sam Okoro", "Kwame Mensah", "Ruth Morgan"},
     {{"Loan laptop without charger", "The loan laptop came without a charger.", 11},
      {"Laptop not ready on the first day", "Started the job without a laptop.", 15}}},
    {Portal, 1, Web, {"Hugo Lambert", "Chlo\u00e9 Martin", "Ben Adeyemi"},
     {{"Too many logins", "Another separate login just for module registration.", 9},
      {"Timetable not loading", "The timetable page stayed empty.", 0}}},
    {Print, 1, PrintTeam, {"Pedro Alves", "Raj Patel", "Ruth Morgan"},
     {{"Printer broken, no notice", "Walked to a broken printer; nothing said it was out of order.", 3},
      {"Slow copier repair", "The office copier was out for a week.", 13}}},
    {Vc, 1, Collab, {"Yusuf Demir", "Grace Liu", "Nadia Haddad"},
     {{"Room camera froze", "The meeting room camera froze during the call.", 7},
      {"Could not join from the room", "The room system would not join the Teams meeting.", 7}}},
};

constexpr const char *praise[] = {
    "Quick and friendly, thank you.", "", "Sorted first time.", "", "Very helpful agent.", "",
    "Took a while but got there.", "", "Clear instructions, thanks.", "", "Fine.", ""};

constexpr const char *respondents[] = {
    "Aaliyah Brooks", "b.keller@example.edu", "Carlos Mendes", "d.achebe@example.edu", "Eleanor Vance",
    "f.lindgren@example.edu", "Gabriel Dumont", "h.sato@example.edu", "Irene Papadopoulos", "j.walsh@example.edu",
    "Kenji Watanabe", "l.oconnor@example.edu", "Maya Goldberg", "n.baptiste@example.edu", "Olu Adebayo",
    "p.novak@example.edu", "Quinn Harper", "r.iyer@example.edu", "Saoirse Kelly", "t.lundqvist@example.edu",
    "Umar Siddiqui", "v.marino@example.edu", "Wendy Zhou", "x.garcia@example.edu", "Yara Haddad",
    "z.petrovic@example.edu"};

Mood moodOf(Service service, const QDate &day, const QDate &today, const QDate &calendarHowToDone)
{
    const int month = day.month();
    switch (service) {
    case WiFi:
    case Accounts:
    case Laptops:
        return month == 9 || month == 10 ? Mood::Strained : Mood::Usual; // start of term
    case Portal:
        return month == 1 || month == 5 || month == 6 ? Mood::Strained : Mood::Usual; // exams
    case Mail:
        return day < calendarHowToDone ? Mood::Strained : Mood::Good;
    case Print:
        return day < today.addDays(-200) ? Mood::Usual : Mood::Strained; // the new contract's slow repairs
    case PhoneLine:
    case Vc:
        return Mood::Usual;
    }
    return Mood::Usual;
}

int scoreAt(Mood mood, int n)
{
    switch (mood) {
    case Mood::Good: return goodCycle[n % std::size(goodCycle)];
    case Mood::Usual: return usualCycle[n % std::size(usualCycle)];
    case Mood::Strained: return strainedCycle[n % std::size(strainedCycle)];
    }
    return 3;
}

void appendSurvey(DemoScenario &scenario, const QDate &today)
{
    QSet<QString> tickets;
    for (const Interaction &i : std::as_const(scenario.interactions))
        tickets.insert(i.ticket);
    const QDate calendarHowToDone = scenario.entries.at(11).doneOn;
    int cycle[std::size(surveyServices)] = {};
    int poorSeen[std::size(surveyServices)] = {};
    int respondent = 0;
    int ticketNumber = 0;
    constexpr int days = 13 * 31;
    for (int daysAgo = days; daysAgo >= 1; --daysAgo) {
        const QDate day = today.addDays(-daysAgo);
        if (day.dayOfWeek() > 5)
            continue;
        // About fifty tickets a working day, as the hand-written interactions' numbers run.
        ticketNumber = 41660 - daysAgo * 50 * 5 / 7;
        int slot = 0;
        for (qsizetype s = 0; s < qsizetype(std::size(surveyServices)); ++s) {
            const SurveyService &service = surveyServices[s];
            for (int k = 0; k < service.perDay; ++k, ++slot) {
                const int n = cycle[s]++;
                const int score = scoreAt(moodOf(service.service, day, today, calendarHowToDone), n);
                Interaction i;
                // Through the working day, 8:00 to 17:50.
                i.occurredAt = QDateTime(day, QTime(8 + (slot * 7 + daysAgo) % 10, (slot * 13 + daysAgo * 7) % 60));
                i.service = str(services[service.service]);
                i.channel = service.service == PhoneLine ? (n % 5 == 4 ? Channel::Chat : Channel::Phone)
                          : std::array{Channel::Phone, Channel::Email, Channel::Portal, Channel::Chat, Channel::Phone,
                                       Channel::Portal, Channel::WalkIn, Channel::Email}[size_t(n % 8)];
                i.team = str(service.team);
                i.agent = str(service.agents[n % 3]);
                do
                    i.ticket = QStringLiteral("INC%1").arg(++ticketNumber, 7, 10, QLatin1Char('0'));
                while (tickets.contains(i.ticket));
                tickets.insert(i.ticket);
                i.scale = Five;
                i.score = score;
                i.customer = str(respondents[respondent++ % std::size(respondents)]);
                if (i.isPoor(PoorRule::defaults())) {
                    // Evidence: the reason given, and the entry it is evidence for, unless that
                    // entry was already done then (its cause had gone).
                    const SurveyReason *reason = &service.reasons[poorSeen[s]++ % 2];
                    const auto doneBefore = [&](const SurveyReason *r) {
                        return r->entry > 0 && scenario.entries.at(r->entry - 1).doneOn.isValid()
                            && scenario.entries.at(r->entry - 1).doneOn <= day;
                    };
                    if (doneBefore(reason))
                        reason = &service.reasons[reason == &service.reasons[0] ? 1 : 0];
                    if (doneBefore(reason))
                        continue; // not evidence of anything open: the answer is left out of the survey's story
                    i.reason = str(reason->reason);
                    i.comment = str(reason->comment);
                    i.entryId = reason->entry;
                    i.repeatContact = n % 3 == 0;
                } else {
                    i.comment = str(praise[n % std::size(praise)]);
                }
                scenario.interactions.append(i);
            }
        }
    }
}

// Moves a weekend date back to the Friday before it, so that the scenario happens on working days.
QDate workday(QDate date)
{
    const int dayOfWeek = date.dayOfWeek();
    return dayOfWeek > 5 ? date.addDays(5 - dayOfWeek) : date;
}

} // namespace

DemoScenario makeDemoScenario(const QDate &today)
{
    DemoScenario scenario;
    scenario.entries.reserve(std::size(entryRows));
    qint64 id = 0;
    for (const EntryRow &row : entryRows) {
        Entry entry;
        entry.id = ++id;
        entry.title = str(row.title);
        entry.description = str(row.description);
        entry.cause = str(row.cause);
        entry.category = row.category;
        entry.service = str(services[row.service]);
        entry.practice = str(row.practice);
        entry.impact = row.impact;
        entry.effort = row.effort;
        entry.status = row.status;
        entry.owner = str(row.owner);
        entry.raisedBy = str(row.raisedBy);
        entry.raisedOn = workday(today.addDays(-row.raisedDaysAgo));
        entry.targetOn = workday(today.addDays(row.targetInDays));
        if (row.doneDaysAgo >= 0)
            entry.doneOn = workday(today.addDays(-row.doneDaysAgo));
        entry.expectedBenefit = str(row.expectedBenefit);
        entry.notes = str(row.notes);
        scenario.entries.append(entry);
    }

    scenario.interactions.reserve(std::size(interactionRows));
    for (const InteractionRow &row : interactionRows) {
        Interaction interaction;
        interaction.occurredAt = QDateTime(workday(today.addDays(-row.daysAgo)), QTime(row.hour, row.minute));
        interaction.channel = row.channel;
        interaction.service = str(services[row.service]);
        interaction.team = str(row.team);
        interaction.agent = str(row.agent);
        interaction.ticket = QStringLiteral("INC%1").arg(row.ticket, 7, 10, QLatin1Char('0'));
        interaction.scale = row.scale;
        interaction.score = row.score;
        interaction.reason = str(row.reason);
        interaction.comment = str(row.comment);
        interaction.customer = str(row.customer);
        interaction.repeatContact = row.repeatContact;
        interaction.entryId = row.entry;
        Q_ASSERT(interaction.isPoor(PoorRule::defaults()));
        scenario.interactions.append(interaction);
    }
    scenario.stories = scenario.interactions.size();
    appendSurvey(scenario, today);
    return scenario;
}

} // namespace qw
