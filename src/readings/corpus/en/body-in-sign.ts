import type { Corpus } from "../types.ts";

/** Each corpus body in each sign (English). */
export const BODY_IN_SIGN: Corpus["bodyInSign"] = {
  sun: {
    aries: {
      short:
        "Your core self comes alive when you are starting something, taking the lead and meeting a challenge with quick, honest courage.",
      long: "Aries gives your sense of purpose a spark that wants to move before the plan is finished. You feel most like yourself when there is something to begin, defend or win, and people often look to you to go in ahead of them. That same urgency can make you impatient with slower people and quick to drop whatever stops thrilling you. Pick a few fights worth having and let your energy carry them well past the opening burst.",
    },
    taurus: {
      short:
        "You build a life slowly and well, drawing strength from steady effort, simple pleasures and things that hold their value over time.",
      long: "With the Sun in Taurus, your identity rests on what is solid: a body you look after, a routine that works, people and things you can count on. Patience and loyalty let you turn small, repeated efforts into results that last. Change can feel like a threat, so you may hold a position long after it has stopped serving you. Try making one deliberate adjustment at a time, which lets you grow without losing your footing.",
    },
    gemini: {
      short:
        "Curiosity is your fuel, and you feel most yourself when learning, talking, linking ideas and carrying news between different kinds of people.",
      long: "A Gemini Sun makes you a quick study who lights up in conversation and gets restless without something new to think about. Holding two points of view at once makes you adaptable and often funny, though it can leave others unsure where you stand. Scattered attention is the usual pitfall. Keep a notebook or a running project that threads your many interests together, so your versatility adds up to something you can point to.",
    },
    cancer: {
      short:
        "Your purpose grows out of caring, and you come into your own by protecting the people, places and memories that give you a sense of belonging.",
      long: "The Sun in Cancer gives you a strong instinct to nurture and a long memory for how people have treated you. You read moods well and create a feeling of safety wherever you settle, yet a protective shell can go up the moment you feel exposed. Hurt sometimes turns into a sideways retreat rather than plain speech. Naming what you need, out loud and early, keeps your tenderness from becoming a silent ledger of grievances.",
    },
    leo: {
      short:
        "Warmth and generosity are how you shine, and you feel most alive when your heart is fully in what you make or lead.",
      long: "In Leo the Sun is at home, so your vitality runs strong and tends to draw attention whether or not you seek it. You are loyal, playful and brave on behalf of the people you love, and you bring real heart to creative work. Pride is the soft spot: a lack of appreciation can sting more than you admit. Create for the joy of it as well as for the applause, and your confidence will rest on something sturdier than approval.",
    },
    virgo: {
      short:
        "Meaning comes to you through being useful, refining a skill and making things work better, with an eye for the detail others miss.",
      long: "A Virgo Sun gives you a practical, discerning mind and a quiet pride in doing things properly. You notice what needs fixing, learn by doing, and often help others in ways that go unseen but matter a great deal. High standards can turn inward as relentless self-criticism or constant worry about getting it wrong. Decide in advance what counts as good enough for each task, and save your perfectionism for the work that truly deserves it.",
    },
    libra: {
      short:
        "You come into your own through relationships, fairness and beauty, often as the person who helps others meet halfway.",
      long: "With the Sun in Libra, you define yourself partly through the company you keep and the balance you can strike between competing needs. Gracious and tactful, you are quick to sense what feels unjust, and you bring a sense of style to ordinary things. Weighing every side can leave you slow to choose or too eager to keep the peace. Trust that a clear preference, kindly stated, is itself a contribution to harmony.",
    },
    scorpio: {
      short:
        "Intensity and privacy mark your nature, and your strength comes from depth, loyalty and the nerve to look at what others avoid.",
      long: "A Scorpio Sun gives you emotional stamina and a nose for the truth beneath the surface. You commit fully, keep confidences, and can come through hard times changed rather than broken. Trust does not come quickly, and fear of betrayal may push you toward control or secrecy. Let a few people see your inner workings, and turn your investigative gift on problems worth solving rather than on testing those close to you.",
    },
    sagittarius: {
      short:
        "A search for meaning drives you, and you feel most like yourself when exploring, learning or heading somewhere you have not been.",
      long: "The Sun in Sagittarius lends you optimism, candour and a wide horizon. You want life to add up to something, so travel, study, belief and big conversations feed your sense of purpose. Restlessness and blunt honesty can be the cost, along with a habit of promising more than the calendar allows. Choose one long journey, of the mind or of the road, and commit to it; depth will give your freedom a direction.",
    },
    capricorn: {
      short:
        "Effort, responsibility and long-range goals shape your identity, and your confidence tends to grow as the years add up.",
      long: "A Capricorn Sun gives you patience, ambition and a realistic view of what it takes to get somewhere. You respect structure, keep your word, and may have carried responsibility from an early age. The risk is measuring your worth only by achievement, so that rest and play get postponed indefinitely. Schedule enjoyment as seriously as work and let your dry humour out; the climb goes better when you stop to notice the view.",
    },
    aquarius: {
      short:
        "Ideas, causes and communities bring you alive, and you follow your own principles even when that means standing a little apart.",
      long: "With the Sun in Aquarius, your sense of self is tied to independence and to a picture of how things could be fairer or smarter. You can be a loyal friend to many and are comfortable being the odd one out. Detachment is the typical pitfall: you may reason about feelings instead of feeling them, or cling to a principle after the facts have changed. Stay curious about the person in front of you, not only about humanity at large.",
    },
    pisces: {
      short:
        "Imagination and compassion guide you, and you feel most alive when you are creating, helping or sensing the undercurrents in a room.",
      long: "A Pisces Sun makes your boundaries porous, so you absorb atmospheres, moods and other people's pain with unusual ease. That sensitivity can fuel art, kindness and spiritual insight. It can also leave you drained, drifting or inclined to escape when reality is harsh. Build a few reliable routines and quiet retreats, and give your dreams a practical outlet, so that your empathy stays a gift instead of a burden.",
    },
  },
  moon: {
    aries: {
      short:
        "Feelings flare up fast in you and fade just as quickly, and doing something active and direct is what soothes you best.",
      long: "With the Moon in Aries, emotion arrives as an urge to act. You need independence and a sense of forward motion, and once a storm has passed you are usually quick to forgive. Frustration can come out sharply, surprising people who do not know how briefly it lasts. Give restlessness a physical outlet, such as a brisk walk or a hard workout, before you start the difficult conversation.",
    },
    taurus: {
      short:
        "Comfort, routine and the pleasures of the senses steady you, and your emotional life tends to run calm, loyal and deep.",
      long: "The Moon is strong in Taurus, giving you a grounded emotional nature that recovers well from upset. Good food, a familiar place, touch and time outdoors settle you more than any argument can. You may resist change even when it would help, and comfort can slide into overindulgence. Build forms of security that travel with you, such as a daily ritual, so that change feels less like losing the ground under your feet.",
    },
    gemini: {
      short:
        "Talking, reading and thinking things through are how you process feelings, and a bit of variety keeps your mood light.",
      long: "A Gemini Moon needs mental stimulation to feel safe, so boredom can feel worse to you than discomfort. You often understand an emotion by putting it into words, whether in conversation, in messages or in a journal. The pitfall is explaining a feeling instead of letting yourself have it, or staying busy so you do not have to. Let some moods stay wordless for a while before you analyse them.",
    },
    cancer: {
      short:
        "You feel deeply and remember a great deal, finding safety in family, familiar places and the chance to look after someone.",
      long: "The Moon rules Cancer, so your emotional instincts are strong, protective and tied to belonging. You often sense what others need before they speak, and you tend to care for people through food, shelter and attention. Moods can rise and fall like a tide, and old hurts may linger long after the event. Make your own comfort a priority, not only everyone else's, and ask whether a present feeling is really about the past.",
    },
    leo: {
      short:
        "Warmth, loyalty and a little appreciation help you feel secure, and you give affection back with a generous, open heart.",
      long: "With the Moon in Leo, your heart is big and a touch theatrical, and you feel safest when you know you matter to someone. Play, creativity and celebration lift your spirits quickly. Hurt pride can make you withdraw or put on a cheerfulness you do not feel. Tell the people close to you plainly what kind of recognition helps, and make room to be silly without an audience.",
    },
    virgo: {
      short:
        "Order and usefulness calm you, so when feelings run high you are likely to tidy, plan or help someone with a practical task.",
      long: "A Virgo Moon looks after others in small, concrete ways and feels settled when daily life runs smoothly. You notice what needs attention and often express love through service rather than grand words. Anxiety can take the form of endless fixing, fretting over details or picking at yourself. Gentle routines and simple physical tasks help, and so does allowing a little mess to exist without treating it as a failure.",
    },
    libra: {
      short:
        "Balanced relationships put you at ease, and you find comfort in beauty, good manners and pleasant shared company.",
      long: "With the Moon in Libra, harmony matters to your wellbeing, so conflict can unsettle you more than it seems to unsettle others. You are an attentive companion who makes people feel considered. To keep the peace, you may swallow your own wishes or mirror another person's mood instead of noticing yours. Check in with yourself before agreeing, and remember that a fair disagreement often brings people closer.",
    },
    scorpio: {
      short:
        "Your feelings run deep and private, and a few intense, trustworthy bonds matter more to you than a wide circle of acquaintances.",
      long: "A Scorpio Moon gives you powerful emotions and a keen sense for hidden motives. You are fiercely loyal, and once you trust someone you hold little back. Betrayal, real or feared, can lead to jealousy, brooding or a protective coldness. Find safe places to let strong feelings move, such as a trusted friend, a counsellor or creative work, so they do not harden into grudges.",
    },
    sagittarius: {
      short:
        "Room to roam and something to look forward to keep you content, and your mood lifts with humour, travel and open skies.",
      long: "With the Moon in Sagittarius, your emotional life is buoyant and freedom-loving. Feeling fenced in is hard for you, while plans, journeys and big ideas quickly restore your spirits. You may bounce past painful feelings with a joke or a fresh scheme before they have been properly felt. Keep the optimism, and also let yourself sit with disappointment long enough to learn what it has to teach.",
    },
    capricorn: {
      short:
        "You tend to keep feelings in check and find security in competence, structure and being someone others can rely on.",
      long: "A Capricorn Moon often learned early to be self-sufficient, so you may show care through reliability rather than open emotion. You stay calm in a crisis and build steady foundations for the people you love. The pitfall is treating your own needs as a luxury, or feeling safe only while you are being productive. Practise asking for help in small ways, and count rest as part of living responsibly.",
    },
    aquarius: {
      short:
        "Emotional space and friendship matter to you as much as closeness, and you feel best among people who accept your quirks.",
      long: "With the Moon in Aquarius, you take a cool, reflective view of feelings, including your own. Freedom and a sense of shared purpose keep you steady, and you often care deeply for groups, friends and causes. Intimacy can feel crowding, so you may step back just when someone wants you near. Let people know when you need air rather than quietly disappearing, and most will give it gladly.",
    },
    pisces: {
      short:
        "You soak up moods like a sponge, and quiet, music, water and imagination help you recover from the noise of the world.",
      long: "A Pisces Moon gives you deep empathy and a rich inner life, so you often feel what others feel before they say it. Gentle and forgiving, you may be drawn to art, music or contemplative practice. Without boundaries you can take on too much or retreat into daydreams and escape. Give yourself regular solitude, and learn to ask whether a feeling belongs to you or to the room.",
    },
  },
  mercury: {
    aries: {
      short:
        "You think fast and speak your mind, preferring quick decisions and plain words to long deliberation.",
      long: "Mercury in Aries gives you a sharp, competitive mind that likes to get to the point. You are good at brainstorming, debating and making calls under pressure. The downside is replying before you have heard someone out, or arguing to win rather than to understand. Pause for one breath before answering in a heated exchange, and follow up on the ideas you start so they do not stall.",
    },
    taurus: {
      short:
        "Your thinking is steady and practical, and once you have reached a conclusion you tend to hold it firmly.",
      long: "With Mercury in Taurus, you learn best at your own pace and through hands-on experience. You speak calmly, choose words with care and bring good common sense to questions of money, materials and time. You may dig in when challenged and take a while to accept new information. Give yourself time to digest ideas, then revisit your opinions on purpose now and then so that firmness does not become rigidity.",
    },
    gemini: {
      short:
        "Your mind is nimble, witty and endlessly curious, picking up information quickly and passing it on with flair.",
      long: "Mercury rules Gemini, so your intellect works at full speed: you read, talk, connect and adapt with ease. You can explain things to almost anyone and often enjoy wordplay, puzzles and several conversations at once. Depth can suffer when you chase every interesting thread. Finish one line of inquiry before opening three more, and your cleverness can turn into real expertise.",
    },
    cancer: {
      short:
        "Feeling and memory shape how you think, and you communicate most easily when you feel safe and understood.",
      long: "Mercury in Cancer gives you an intuitive, retentive mind that remembers tone and atmosphere as well as facts. You listen well, speak tactfully and can tell stories that move people. Your opinions may be shaped by mood or loyalty more than you realise, and criticism can feel personal. Separate the message from the messenger, and write things down when emotions are running high.",
    },
    leo: {
      short:
        "You speak with warmth and conviction, and you enjoy telling a good story, teaching others and being properly heard.",
      long: "With Mercury in Leo, your thinking is bold, expressive and focused on the big picture. You can hold a room, persuade with enthusiasm and bring ideas to life through performance or teaching. Pride in your views may make it hard to admit a mistake or to let someone else have the floor. Ask more questions than you feel you need to, and your authority will grow rather than shrink.",
    },
    virgo: {
      short:
        "Precision and analysis come naturally to you, and your mind is happiest when sorting information, solving problems and improving how things work.",
      long: "Mercury is strong in Virgo, giving you a careful, methodical intelligence and a good ear for what is missing or wrong. You tend to excel at editing, troubleshooting, research and any work where accuracy matters. The same gift can tip into nitpicking or anxious overthinking. Aim your critical eye at the problem rather than the person, and set a time limit on decisions that do not need to be perfect.",
    },
    libra: {
      short:
        "Weighing both sides is how you think, and your diplomatic way of speaking often helps others reach an agreement.",
      long: "Mercury in Libra gives you a fair, sociable mind that sharpens through dialogue. You see other people's points of view, choose words with grace and can make a skilled negotiator or mediator. Because you can argue every side, making up your own mind may take a long time, and you may soften the truth to avoid friction. Give yourself deadlines for decisions, and say the unwelcome thing kindly rather than not at all.",
    },
    scorpio: {
      short:
        "Your mind probes beneath the surface, noticing motives, secrets and patterns that others tend to overlook.",
      long: "With Mercury in Scorpio, you are a natural investigator with strong powers of concentration and a talent for research. You often say less than you know, and your words can land with real force. Suspicion may lead you to read hidden meanings into innocent remarks, and a cutting phrase can wound more deeply than you intend. Check your hunches against evidence, and use your insight to help people see clearly rather than to win.",
    },
    sagittarius: {
      short:
        "Big ideas and broad strokes suit your mind, and you speak frankly and with enthusiasm about what you believe.",
      long: "Mercury in Sagittarius gives you a far-reaching, philosophical mind that loves learning, travel and debate about what things mean. You can be a lively teacher, storyteller or advocate. Details can slip, facts get stretched in the excitement, and bluntness may hurt without your noticing. Double-check the specifics before you commit to them, and pair your honesty with a moment's thought about how it will be received.",
    },
    capricorn: {
      short:
        "Your thinking is organised, realistic and strategic, focused on what works now and what will still matter years from now.",
      long: "With Mercury in Capricorn, you communicate with economy and authority, and you are good at planning, managing and explaining complex systems. You respect experience and tend to trust tested methods. Pessimism or rigid thinking can narrow your options, and a dry reserve may make you seem colder than you are. Leave room for playful or unproven ideas, and let people see the humour behind your seriousness.",
    },
    aquarius: {
      short:
        "Original and independent, your mind is quick to spot patterns, question convention and imagine better systems.",
      long: "Mercury in Aquarius gives you an inventive, objective intelligence that enjoys science, technology and unusual angles. You think well in groups and often spot the flaw in an accepted idea. Once convinced, you can be surprisingly stubborn, and your detachment may come across as aloofness. Stay open to evidence that challenges your theories, and translate your ideas into language that everyday conversation can carry.",
    },
    pisces: {
      short:
        "You think in images, impressions and feelings, often knowing something intuitively long before you can explain it.",
      long: "With Mercury in Pisces, your mind is imaginative, poetic and sensitive to subtle cues. You pick up on unspoken meanings and can express ideas through music, pictures or metaphor. Concrete details, deadlines and plain facts may slip away from you, and you might tell people what they want to hear. Write plans down and set reminders, letting intuition lead the vision while a checklist handles the logistics.",
    },
  },
  venus: {
    aries: {
      short:
        "You love with directness and enthusiasm, drawn to excitement, honesty and the thrill of going after what you want.",
      long: "Venus in Aries makes your affection bold and spontaneous; you like to make the move and enjoy a little challenge. Independence in a partner appeals to you, and you prefer straightforward feelings to games. Passion can cool once the chase is over, and impatience may make you rush in. Keep bringing fresh adventures into a settled relationship, and slow down long enough to know someone before you commit.",
    },
    taurus: {
      short:
        "Steady and sensual in love, you show care through touch, comfort, good food and patient loyalty.",
      long: "Venus rules Taurus, so your capacity for pleasure and devotion is strong. You build affection slowly and value security, beauty and quality over novelty. Possessiveness and resistance to change can creep into relationships, and you may stay too long with what is merely comfortable. Enjoy what you have, but ask now and then whether your attachments still nourish you or simply feel familiar.",
    },
    gemini: {
      short:
        "Wit and good conversation attract you, and you keep relationships lively with humour, variety and shared curiosity.",
      long: "With Venus in Gemini, you fall for minds as much as faces, and flirting often happens through words. You need someone who talks, plays and is happy for you to have a wide social life. Restlessness, or a habit of keeping things light, can make deeper commitment harder to reach. Share your feelings as readily as your thoughts, and let someone know you well enough to keep surprising you over time.",
    },
    cancer: {
      short:
        "You love protectively and tenderly, making a kind of home for the people you care about and hoping for the same in return.",
      long: "Venus in Cancer gives you a nurturing, loyal way of loving, often expressed through cooking, caretaking and remembering what matters to people. You need emotional safety before you open up. Fear of rejection can lead you to cling, sulk or hide your needs behind caregiving. Say what you want directly, and let yourself be looked after as well as doing the looking after.",
    },
    leo: {
      short:
        "Romance, celebration and the chance to make someone feel special bring out your flair and generosity in love.",
      long: "With Venus in Leo, affection is warm, expressive and a little dramatic. You are loyal, proud of the people you love, and happiest when love is acknowledged openly. You may need admiration more than you like to admit, so a lack of attention can feel like rejection. Be generous with praise yourself, and trust that being loved does not depend on being impressive at every moment.",
    },
    virgo: {
      short:
        "Practical help and attention to detail are your love language, and you often notice exactly what someone needs before they ask.",
      long: "Venus in Virgo expresses affection through thoughtful service and sincere, modest gestures. You value reliability, good habits and a partner who is willing to grow alongside you. Your discerning eye can turn critical, either toward others or toward your own worthiness to be loved. Remember that imperfection is part of intimacy, and let appreciation come out at least as often as advice.",
    },
    libra: {
      short:
        "Harmony, fairness and beauty draw you, and you bring grace, courtesy and a real spirit of partnership to the people you love.",
      long: "Venus rules Libra, so your gift for relating is strong: you are charming, considerate and attuned to the balance between two people. Art, style and shared pleasures feed your heart. The pitfall is losing yourself in a partner's wishes, or avoiding a necessary conflict to keep things pleasant. Stay clear about your own tastes and limits, because a true partnership needs two distinct people.",
    },
    scorpio: {
      short:
        "All-or-nothing in love, you seek deep emotional and physical closeness with people you can trust completely.",
      long: "With Venus in Scorpio, attraction is powerful and magnetic, and casual connections rarely satisfy you. You are devoted and perceptive, willing to stay through hard times. Jealousy, possessiveness or testing a partner's loyalty can creep in when you feel vulnerable. Build trust through open conversation rather than watchfulness, and let closeness grow at a pace that does not require total control.",
    },
    sagittarius: {
      short:
        "Love should feel like an adventure to you, and you are drawn to people who make you laugh, think and see more of the world.",
      long: "Venus in Sagittarius makes you warm, frank and freedom-loving in relationships. Shared travel, learning and ideals bring you closer to someone, while feeling hemmed in pushes you away. You may chase the horizon instead of tending what you already have, or promise more than you can deliver. Build freedom into your commitments by open agreement, so that loyalty and adventure can live side by side.",
    },
    capricorn: {
      short:
        "You love seriously and steadily, valuing commitment, shared goals and a partner who proves dependable over time.",
      long: "With Venus in Capricorn, you take relationships slowly and show care by building something lasting together. Quality, tradition and people with integrity appeal to you. Reserve can make you seem cool, and you may treat love as one more duty or judge it by status. Let yourself be playful and tender without a plan, and trust that warmth is worth as much as reliability.",
    },
    aquarius: {
      short:
        "Friendship, freedom and originality matter to you in love, and people who think differently catch your eye.",
      long: "Venus in Aquarius makes you a loyal friend and an unconventional partner who wants space to be yourself. Shared ideals and a meeting of minds count for more with you than romantic tradition. Emotional intensity may make you pull back, and you can keep people at a friendly distance without meaning to. Let someone into your inner world gradually, and explain your need for independence before it starts to look like indifference.",
    },
    pisces: {
      short:
        "Tender and selfless in love, you bring a romantic imagination and deep compassion to the people you care about.",
      long: "Venus is exalted in Pisces, giving you an idealistic, forgiving and devoted heart. Music, art and small acts of kindness move you, and you can see the best in people. You may idealise partners, overlook warning signs or give up too much of yourself. Keep your eyes open along with your heart, and protect your own needs so that compassion flows in both directions.",
    },
  },
  mars: {
    aries: {
      short:
        "You act with speed, courage and directness, happiest when you can tackle a challenge squarely and see results quickly.",
      long: "Mars rules Aries, so your drive is strong, instinctive and competitive. You start quickly, recover fast from setbacks and are not afraid of confrontation. A hot temper, impatience and a habit of starting more than you finish are the usual pitfalls. Channel your energy into sport, pioneering projects or short bursts of focused work, and count to ten before reacting in anger.",
    },
    taurus: {
      short:
        "Slow to start but hard to stop, your energy lets you pursue goals with remarkable patience and stamina.",
      long: "With Mars in Taurus, you act deliberately and prefer steady progress to sudden moves. You are persistent, physically enduring and determined once committed. Anger builds slowly but can become immovable once aroused, and you may dig in out of sheer stubbornness. Choose goals worthy of your persistence, and practise voicing irritation early and calmly instead of letting it pile up.",
    },
    gemini: {
      short:
        "Words and ideas are where your energy goes, and you thrive on juggling several projects, variety and quick thinking.",
      long: "Mars in Gemini gives you a quick, restless energy that pours into talking, writing, debating and multitasking. You are adaptable and skilled at thinking on your feet. Your attention may scatter, and arguments can turn into sharp verbal duels. Break big goals into small tasks you can finish, and use your wit to persuade rather than to score points.",
    },
    cancer: {
      short:
        "You act to protect what you love, and your drive grows strongest when family, home or emotional security is at stake.",
      long: "With Mars in Cancer, your energy rises and falls with your feelings. You fight fiercely for the people you care about and work hard to build a safe base. Direct confrontation can feel uncomfortable, so anger may leak out as sulking, sarcasm or quiet resistance. Recognise frustration when it appears, and find clear words for it before it turns into moodiness.",
    },
    leo: {
      short:
        "Confidence and flair drive your actions, and you put your whole heart into what you do, inspiring others to join in.",
      long: "Mars in Leo gives you a warm, dramatic drive and the courage to lead. You work well when you can be proud of the outcome, and you bring energy to creative and performing pursuits. Pride can make you fight for recognition or stubbornly defend a position. Aim your ambition at something you love, and share the spotlight generously with those who help you get there.",
    },
    virgo: {
      short:
        "You work carefully and efficiently, putting your energy into craft, improvement and the steady completion of useful tasks.",
      long: "With Mars in Virgo, you are precise, diligent and good at solving practical problems. Working smart appeals to you more than working loud, and a job done well is its own reward. Frustration may come out as criticism, fussiness or nervous tension. Give yourself realistic standards and regular physical activity, and direct your critical energy at systems that can be improved rather than at people.",
    },
    libra: {
      short:
        "Cooperation and negotiation are your preferred tools, and you would rather win people over than force the issue.",
      long: "Mars in Libra gives you a diplomatic, strategic drive and strong energy for fairness and justice. You work well with a partner and can fight effectively for other people's causes. Asserting your own wishes may feel awkward, and indecision or passive resistance can take the place of honest anger. Practise stating what you want plainly, and remember that fair conflict is part of any healthy relationship.",
    },
    scorpio: {
      short:
        "Your drive is intense, focused and persistent, letting you pursue a goal with quiet, unwavering determination.",
      long: "Mars is powerful in Scorpio, giving you tremendous willpower and the capacity to work through obstacles that stop others. You act strategically, often behind the scenes, and rarely forget a slight. Resentment, control and all-or-nothing reactions are the pitfalls. Put your intensity into research, demanding projects or work that helps people through crisis, and let go of battles that only feed a grudge.",
    },
    sagittarius: {
      short:
        "Enthusiasm and a love of freedom fuel you, and big goals, adventures and causes you believe in get you moving.",
      long: "With Mars in Sagittarius, you have a restless, far-ranging energy that thrives on movement, sport, travel and learning. You fight for principles and are willing to speak up bluntly. You may overcommit, lose interest in the details or act before thinking through the consequences. Pace yourself on long projects, and keep your frankness aimed at issues rather than at people.",
    },
    capricorn: {
      short:
        "You act with discipline and purpose, channelling your energy into long-term goals and steady, hard-won results.",
      long: "Mars is exalted in Capricorn, giving you controlled, strategic drive and real staying power. You work well under pressure, respect structure and are willing to climb slowly. Ambition can turn into overwork, and you may suppress anger until it comes out as coldness. Set goals that matter to you personally, not just to others, and give your body proper time to recover.",
    },
    aquarius: {
      short:
        "Independent and unconventional in how you act, you are most driven when working for a group, a cause or an idea.",
      long: "With Mars in Aquarius, your energy goes into reform, invention and collective effort. You dislike being told what to do and often find original solutions. Rebellion for its own sake, or a cool, detached stubbornness, can get in the way. Pick causes with care, collaborate with people who share your vision, and stay open to changing tactics when a plan is not working.",
    },
    pisces: {
      short:
        "Intuition and compassion move you to act, and you often work best behind the scenes or in service of something larger.",
      long: "Mars in Pisces gives you a fluid, adaptive drive that flows around obstacles instead of charging through them. Empathy, creativity and spiritual ideals are what motivate you. Your energy may rise and fall, and anger can turn into passivity, avoidance or quiet resentment. Give your efforts a concrete structure, and find outlets such as swimming, dance or music to keep your energy moving.",
    },
  },
  jupiter: {
    aries: {
      short:
        "You grow by taking initiative, and opportunities often open up when you trust your courage and make the opening move.",
      long: "Jupiter in Aries expands your confidence and your appetite for new ventures. You are an enthusiastic starter who can inspire others with your faith in what is possible. Overconfidence and impatience can lead you to leap without looking. Pair your boldness with enough planning to carry projects through, and your pioneering spirit can do a great deal of good.",
    },
    taurus: {
      short:
        "Patience, practical skill and a real enjoyment of life help you grow, building abundance steadily rather than quickly.",
      long: "With Jupiter in Taurus, your generosity shows up in tangible ways: a good meal, a thoughtful gift, a reliable pair of hands. You have a knack for building resources and a strong appreciation of nature, art and comfort. Overindulgence, or clinging to possessions, can be the cost. Share what you have freely, and measure wealth by contentment as well as by what you accumulate.",
    },
    gemini: {
      short:
        "Learning, conversation and connection help you grow, and openings often arrive through networks, writing or a chance remark.",
      long: "Jupiter in Gemini broadens your curiosity and gives you a gift for communication, teaching and linking people up. You learn a little about many things and enjoy sharing what you know. Scattered interests and information overload can leave you with many facts but few firm convictions. Let your curiosity lead you toward a handful of questions worth exploring deeply, and your broad knowledge will gain real weight.",
    },
    cancer: {
      short:
        "Caring, belonging and emotional generosity help you grow, and much of your good fortune comes through family and a sense of home.",
      long: "Jupiter is exalted in Cancer, expanding your capacity to nurture and protect. You make people feel welcome, and you may find deep meaning in family, heritage and community. Overprotecting others, or reaching for comfort to soothe every worry, can be pitfalls. Extend your care beyond your immediate circle, and let your generosity strengthen other people's independence rather than their reliance on you.",
    },
    leo: {
      short:
        "Creative self-expression, generosity and leadership help you grow, and your warmth tends to draw opportunities toward you.",
      long: "With Jupiter in Leo, your optimism is theatrical and infectious, and you enjoy turning life into a celebration. You are generous, encouraging and at your best when you can inspire others. Pride and a taste for extravagance can lead you to spend too much energy on appearances. Let your generosity be genuine rather than performed, and your natural charisma will open many doors.",
    },
    virgo: {
      short:
        "Useful work, careful study and service help you grow, and you find meaning in improving things one detail at a time.",
      long: "Jupiter in Virgo turns your optimism toward practical improvement. You have a gift for organising, teaching skills, looking after people and making systems run better. Getting lost in details or worrying too much can shrink your vision. Keep the larger purpose behind your work in view, and trust that modest daily efforts add up to something substantial.",
    },
    libra: {
      short:
        "Partnership, fairness and a love of beauty help you grow, and many of your opportunities come to you through other people.",
      long: "With Jupiter in Libra, you expand through collaboration, diplomacy and social grace. You are good at bringing people together and seeing what would be fair for everyone. Overaccommodating others or relying on their approval can dilute your own direction. Choose partners who share your values, and let your sense of justice guide decisions as much as your wish to please.",
    },
    scorpio: {
      short:
        "Depth, transformation and emotional honesty help you grow, and you find wisdom in experiences others would rather avoid.",
      long: "Jupiter in Scorpio expands your capacity for insight, research and resilience. Life's mysteries draw you, and you may have a talent for handling shared resources, crises or the slow work of recovery. Excess can take the form of obsession, power struggles or swings between total trust and deep suspicion. Use your depth to help others through hard passages, and keep some lightness in your days.",
    },
    sagittarius: {
      short:
        "Exploration, study and faith help you grow, and your optimism and generosity can carry you far from where you began.",
      long: "Jupiter rules Sagittarius, so your appetite for meaning, adventure and learning is large. You may be drawn to travel, philosophy, teaching or publishing, and your enthusiasm lifts others. Overpromising, preachiness or restlessness can undermine what you start. Test your beliefs against experience, and choose commitments carefully so that your freedom does not scatter your efforts.",
    },
    capricorn: {
      short:
        "Disciplined effort and responsibility help you grow, and you tend to build lasting success step by step rather than through lucky breaks.",
      long: "With Jupiter in Capricorn, your optimism is tempered by realism, and you believe in earning what you get. You are good at long-term planning, management and turning ambitions into solid structures. Caution can shrink your vision, or success may become the measure of your worth. Allow yourself to enjoy the rewards of your effort, and stay open to opportunities that do not fit the plan.",
    },
    aquarius: {
      short:
        "Friendship, innovation and shared ideals help you grow, with opportunities often found in groups, networks and forward-looking projects.",
      long: "Jupiter in Aquarius broadens your vision for society and makes you tolerant, humane and open to the new. You thrive in collaborative, progressive communities and enjoy ideas that change how people live. Theory can outrun practice, and idealism may make you impatient with slow progress. Ground your big ideas in concrete actions, and let individual relationships matter as much as causes.",
    },
    pisces: {
      short:
        "Compassion, imagination and spiritual insight help you grow, and your kindness often comes back to you in unexpected ways.",
      long: "With Jupiter in Pisces, your generosity runs wide and your faith in goodness runs deep. You may be drawn to art, music, caring work or contemplative practice. Boundaries can blur, and you may give too much or drift into wishful thinking. Protect your energy with simple structures, and let compassion be a source of strength rather than depletion.",
    },
  },
  saturn: {
    aries: {
      short:
        "Discipline comes to you through acting on your own, as you slowly develop courage and find that patience makes your initiative stronger.",
      long: "Saturn in Aries can make self-assertion feel risky, so you may hesitate to take the lead or overcompensate with force. Over time you learn to act with steady courage rather than impulse. Frustration with delays is a common lesson. Build independence through small, deliberate steps, and trust that courage you have worked for is more reliable than bravado.",
    },
    taurus: {
      short:
        "Lessons about security and worth come through effort, as you build resources slowly and discover what truly gives you stability.",
      long: "With Saturn in Taurus, you may worry about having enough, whether of money, comfort or stability. You are patient, practical and willing to work steadily for lasting results. Fear of scarcity can make you possessive or overly cautious. Draw up a realistic plan for your resources, and remind yourself that self-worth is built from within, not only through possessions.",
    },
    gemini: {
      short:
        "You take thinking and communication seriously, and your voice grows more confident through study, practice and careful expression.",
      long: "Saturn in Gemini may make you doubt your intelligence or your way with words early on, which can push you to study hard and think carefully. Over time you develop a precise, disciplined mind. Worry, overthinking or reluctance to speak up can be obstacles. Practise sharing ideas before they feel perfect, and give yourself credit for knowledge gained through persistence.",
    },
    cancer: {
      short:
        "Building emotional security for yourself is your long lesson, often after taking on responsibility for family from an early age.",
      long: "With Saturn in Cancer, you may feel that emotional safety has to be earned, or that feelings should be kept contained. You are responsible and protective, a steady presence for others. Fear of vulnerability can make you guarded or fiercely self-reliant. Learn to nurture yourself as carefully as you care for others, and let people support you in return.",
    },
    leo: {
      short:
        "Confident self-expression is something you grow into, gradually overcoming self-doubt and building creative authority through sustained effort.",
      long: "Saturn in Leo may make you feel that attention has to be earned, or that your creativity will be judged harshly. You work hard to prove yourself and can become a dignified, reliable leader. Fear of looking foolish can hold back play and spontaneity. Take small creative risks regularly, and let yourself enjoy recognition without treating it as a test.",
    },
    virgo: {
      short:
        "Work and craft are serious matters for you, and you develop real mastery through careful routines and steady attention to detail.",
      long: "With Saturn in Virgo, you have high standards and a strong sense of duty toward useful work. You can become highly skilled, reliable and organised. Perfectionism, worry and self-criticism are the pitfalls, along with a tendency to overwork. Set standards that allow for learning, build rest into your routines, and recognise how much you already do well.",
    },
    libra: {
      short:
        "Relationships are serious business for you, and you learn through commitment, fairness and the patient work of building partnerships that last.",
      long: "Saturn is exalted in Libra, giving you a mature sense of justice and a realistic approach to relationships. You value loyalty, clear agreements and mutual responsibility. Fear of rejection or conflict may make you slow to commit or too eager to keep the peace. Define what fairness means to you, and enter partnerships as an equal rather than as someone who must earn approval.",
    },
    scorpio: {
      short:
        "You learn to handle power, intimacy and shared resources with care, gaining strength by facing fears and hidden truths.",
      long: "With Saturn in Scorpio, you may guard your inner life closely and fear losing control in close relationships. You are capable of enormous endurance and can handle crises calmly. Suspicion or emotional rigidity can isolate you. Work gradually toward trust, perhaps through counselling, mentoring or a steady partnership, and let deep change happen on your own terms.",
    },
    sagittarius: {
      short:
        "Beliefs and learning matter deeply to you, so you test ideas carefully and build a philosophy that can bear the weight of experience.",
      long: "Saturn in Sagittarius asks you to ground your ideals and question the beliefs you inherited. You may become a serious student, teacher or thinker who values integrity. Doubt, dogmatism or fear of the unknown can limit your horizons. Seek out experiences that widen your perspective, and hold your convictions firmly enough to act on them yet lightly enough to revise them.",
    },
    capricorn: {
      short:
        "A strong sense of duty and ambition lets you build lasting structures through patience, planning and hard work.",
      long: "Saturn rules Capricorn, so your discipline and realism are strong. You understand that meaningful success takes time, and you can carry responsibility well. The cost may be excessive seriousness, rigidity or a feeling that rest must be earned. Let yourself enjoy the journey, and share responsibilities instead of carrying every load yourself.",
    },
    aquarius: {
      short:
        "You bring discipline to your ideals, working patiently to build communities, systems and reforms that can actually function.",
      long: "Saturn is traditionally at home in Aquarius, giving you principled thinking and a talent for organising groups. You balance innovation with structure and take your responsibilities to others seriously. Emotional distance or rigid adherence to principle can make you seem cold. Connect with people one by one as well as through causes, and let your ideas keep evolving.",
    },
    pisces: {
      short:
        "Giving shape to your sensitivity is your lesson, as you build boundaries and routines that let compassion and imagination thrive.",
      long: "With Saturn in Pisces, you may feel overwhelmed by the world's suffering or unsure how to handle your own sensitivity. You can grow into a grounded helper, artist or spiritual practitioner. Fear, confusion or self-sacrifice can drain you. Build structures such as a regular practice, clear limits and a supportive community, so that your empathy has a sturdy container.",
    },
  },
  uranus: {
    aries: {
      short:
        "Your generation carries a pioneering, impatient spirit of change, and you personally break free by acting boldly on new ideas.",
      long: "Uranus in Aries marks a generation eager to start over, challenge authority and invent new ways of acting independently. In your own life, this can show as sudden bursts of initiative and a strong dislike of being held back. Recklessness or restlessness can be the downside. Direct your urge for freedom into projects that need courage and fresh starts, and give some of them the follow-through they deserve.",
    },
    taurus: {
      short:
        "People born with this placement are reshaping how we value money, land and the body, and you may find freedom by rethinking what security means.",
      long: "Uranus in Taurus marks those born during upheavals in money, food, resources and the natural world. Your own life may bring sudden changes around income or possessions, and you can innovate in practical, earthy ways. Stubbornness can clash with your urge to change. Experiment with new approaches to resources, and let your sense of stability come from adaptability as much as from holding on.",
    },
    gemini: {
      short:
        "Yours is a generation changing how people communicate and learn, and your mind may work in quick leaps that surprise others.",
      long: "Uranus in Gemini belongs to people born during revolutions in communication, transport and information. Your own mind may be inventive, restless and drawn to new technologies and ideas. Scattered focus and nervous energy can be the cost. Use your originality to connect people and ideas, and give yourself quiet periods so that brilliant flashes have time to mature.",
    },
    cancer: {
      short:
        "Your peers question traditional family life, and you may create unconventional ways of belonging and caring for others.",
      long: "Uranus in Cancer marks a generation that saw family structures and domestic life change rapidly. You may feel an urge to redefine home, perhaps through unusual living arrangements or a chosen family. Emotional unpredictability can unsettle you or those close to you. Build a foundation that allows freedom, and honour the parts of tradition that still nourish you.",
    },
    leo: {
      short:
        "A generational hunger for free self-expression runs through you, and you may break rules in creative, romantic or dramatic ways.",
      long: "Uranus in Leo marks people who challenged conventions of entertainment, romance and personal expression. In your life, this can mean an original creative voice and a desire to stand out. Ego clashes, or rebelling mainly to be noticed, can get in the way. Use your individuality to encourage others to express themselves, and share the stage rather than compete for it.",
    },
    virgo: {
      short:
        "Your generation is changing ideas about work, health and service, and you may find inventive ways to improve everyday life.",
      long: "Uranus in Virgo belongs to people born as technology reshaped work, daily habits and attitudes to the environment. In daily life you may bring innovation to routines, crafts or systems, and dislike doing things a certain way just because that is how they have been done. Anxiety or restless perfectionism can be a pitfall. Apply your ingenuity to practical problems, and let experiments fail without counting them as wasted effort.",
    },
    libra: {
      short:
        "Many of your peers are reinventing partnership, and you may need freedom and equality to feel right in your own connections.",
      long: "Uranus in Libra marks a generation that saw marriage, partnership and social norms change quickly. In your own life, you may want relationships that respect independence, and you may be drawn to unconventional arrangements. Sudden shifts in commitment, or swinging between freedom and closeness, can be challenging. Talk openly about the kind of partnership you want, and build agreements that leave room for growth.",
    },
    scorpio: {
      short:
        "Born among people who confront taboos around sex, death, money and power, you may have a gift for radical transformation.",
      long: "Uranus in Scorpio belongs to people born during shifts in how society handles intimacy, shared wealth and hidden power. On a personal level, you may feel drawn to uncover secrets, work through crises and break compulsive patterns. Intensity or sudden upheavals can feel overwhelming. Channel your insight into research, recovery work or reform, and let change happen with some patience rather than by force.",
    },
    sagittarius: {
      short:
        "Your generation challenges established beliefs and borders, and you may seek freedom through travel, study and new philosophies.",
      long: "Uranus in Sagittarius marks people who came of age as global connections, travel and alternative belief systems expanded. You may question dogma, explore unusual ideas and crave intellectual freedom. Restlessness, or a reluctance to commit, can scatter your efforts. Let your search for truth lead to meaningful action, and share your discoveries in ways that invite others to think for themselves.",
    },
    capricorn: {
      short:
        "Institutions, careers and authority are being reshaped by your peers, and you may be the kind of innovator who works within established structures.",
      long: "Uranus in Capricorn belongs to people born as political and economic systems shifted. You may feel both a respect for structure and an urge to change it from within. Frustration with slow institutions, or abrupt changes of career, can be part of your path. Use your practical imagination to build new systems, and be patient with reforms that need time to take root.",
    },
    aquarius: {
      short:
        "Technology, networks and collective change come naturally to your generation, and you may be a born innovator or reformer.",
      long: "Uranus rules Aquarius, so this placement marks a generation strongly attuned to the future, to technology and to social experiments. As an individual, you may be independent, progressive and open to unusual ways of living. Detachment, or rebellion without a clear cause, can isolate you. Join forces with like-minded people, and remember that lasting change is carried by ordinary human relationships.",
    },
    pisces: {
      short:
        "Your generation dissolves old boundaries through imagination and technology, and you may find freedom in creative or spiritual experiments.",
      long: "Uranus in Pisces marks people born as digital worlds, shared causes across borders and new spiritual ideas spread. Flashes of intuition, unusual creative gifts and a sense of belonging to something larger may all be part of your experience. Confusion, or escape through screens and fantasy, can be a pitfall. Ground your visions in creative work or service, and keep routines that protect your sensitivity.",
    },
  },
  neptune: {
    aries: {
      short:
        "Your generation dreams of new beginnings and heroic action, and you may feel inspired by ideals of courage and independence.",
      long: "Neptune in Aries marks people whose shared dreams centre on courage, pioneering and personal freedom. You may be stirred by visions of starting afresh or fighting for a noble cause. Mistaking impulse for inspiration, or idealising action for its own sake, can lead you astray. Turn a vision into a practical plan and take the initial step, then check back now and then whether the dream still fits.",
    },
    taurus: {
      short:
        "Born among people who idealise the earth, beauty and comfort, you may find spiritual meaning through nature and the senses.",
      long: "Neptune in Taurus marks a generation whose dreams centre on stability, land and sensory beauty. Art, music, gardens or wide landscapes may feel almost sacred to you. Romanticising wealth or possessions can cloud your judgement. Let your love of beauty become a kind of spiritual practice, and keep an honest, clear eye on practical matters like money.",
    },
    gemini: {
      short:
        "Your peers dream through words, stories and new forms of communication, and you may have a gift for imaginative writing or speech.",
      long: "Neptune in Gemini belongs to people whose ideals centre on sharing information, telling stories and staying connected. Poetry, fiction or media that blur fact and imagination may hold a special pull for you. Rumour, muddled thinking or believing whatever you hear are the traps. Check facts before you pass them on, and use your imaginative mind to build bridges between perspectives.",
    },
    cancer: {
      short:
        "Your generation idealises home, family and belonging, and you may long for a sanctuary where you feel safe and understood.",
      long: "Neptune in Cancer marks people who carry dreams of a perfect home, a nurturing community and emotional security. Your compassion may reach out naturally to family and to anyone without shelter. Nostalgia, or a rosy family story, can blur what really happened. Create a home that nourishes your spirit, and extend your care to the people who need it most.",
    },
    leo: {
      short:
        "Glamour, romance and creative self-expression fill your generation's dreams, and you may be drawn to art, performance or charismatic ideals.",
      long: "Neptune in Leo belongs to a generation enchanted by celebrity, romance and the power of creative expression. You may feel moved to create, or to bring a little magic into ordinary life. Idealising heroes, or seeking validation through fantasy, tends to end in disappointment. Let your creativity be a form of generosity, and find your heroes in everyday kindness.",
    },
    virgo: {
      short:
        "Service, health and practical improvement are what your generation idealises, and you may find meaning in quiet, useful work.",
      long: "Neptune in Virgo marks people whose dreams centre on purity, efficiency and being of service. You may feel called to help, mend or improve the systems around you. Worry, perfectionism or a foggy sense of your role at work can wear you down. Let compassion guide your practical efforts, and accept that some imperfection belongs to any real service.",
    },
    libra: {
      short:
        "Your generation dreams of ideal partnership, peace and harmony, and you may hold beauty and justice as spiritual values.",
      long: "Neptune in Libra belongs to people who idealise love, equality and harmony between people. Refined artistic taste and a longing for a soulmate connection may both be part of your make-up. Putting partners on a pedestal, or dodging every conflict, leads to disappointment. Keep your ideals of love alive while seeing people as they are, and work for peace through honest dialogue.",
    },
    scorpio: {
      short:
        "Drawn like your peers to the mysteries of sex, death and transformation, you may seek spiritual depth through intense experience.",
      long: "Neptune in Scorpio marks people who explore hidden realms, taboos and emotional extremes. Psychology, the occult or work that helps others recover may draw you. A fascination with darkness, or escape through intensity, is the risk. Use your perceptiveness to heal, and keep your boundaries clear when you dive into deep waters.",
    },
    sagittarius: {
      short:
        "Like others born in these years, you may be drawn to many faiths and philosophies, dreaming of global understanding and spiritual exploration.",
      long: "Neptune in Sagittarius belongs to people who idealise travel, higher learning and universal truths. You may feel inspired to seek wisdom across cultures and traditions. Blind faith, or a search that never settles anywhere, can leave you unmoored. Ground your spiritual quest in practice and service, and stay humble about how much any single belief can explain.",
    },
    capricorn: {
      short:
        "Reformed institutions and responsible power are the dreams of your generation, and you may seek meaning through work and structure.",
      long: "Neptune in Capricorn marks people who idealise authority, business and tradition, or grow disillusioned with them. You may want to build something practical that also serves a higher purpose. Cynicism, or confusion about where your career is heading, can sap your motivation. Let your ideals shape your ambitions, and look for leaders who combine integrity with competence.",
    },
    aquarius: {
      short:
        "Your peers dream of community, technology and a more connected world, and you may be inspired by humanitarian ideals.",
      long: "Neptune in Aquarius belongs to people who idealise networks, equality and collective progress. Online communities or progressive movements may feel like a natural home to you. Idealising a group, or losing yourself in abstractions, is the trap. Ground your vision in real relationships, and contribute to causes through concrete actions.",
    },
    pisces: {
      short:
        "Sensitivity to collective suffering and a rich shared imagination mark your generation, and you may have strong intuitive, artistic or spiritual gifts.",
      long: "Neptune rules Pisces, so this placement marks a generation with heightened compassion, creativity and spiritual longing. You may feel porous to other people's emotions and drawn to art, music or contemplation. Overwhelm, escapism or unclear boundaries can make daily life hard to manage. Build grounding practices, and let your imagination and empathy serve others through concrete creative or caring work.",
    },
  },
  pluto: {
    aries: {
      short:
        "Your generation is remaking what it means to stand alone and begin again, and you may carry a fierce will to direct your own life.",
      long: "Pluto in Aries belongs to people born into an era of raw new beginnings and struggles over who gets to be independent. In you it can show as a drive that refuses to be pushed around and a readiness to fight for what matters. Turned sour, that force becomes ruthlessness or a need to win every contest. Spend it on ventures that open paths for others, and save confrontation for the causes that truly call for it.",
    },
    taurus: {
      short:
        "Attitudes toward land, money and material security are being remade by your generation, and you may have a deep determination to build lasting value.",
      long: "Pluto in Taurus marks those born amid profound shifts in economies, resources and humanity's relationship with the earth. Your own instincts for survival, ownership and endurance may run unusually strong. Fear of loss can make you grip possessions, habits or people far too tightly. Put your persistence into resources that can be sustained for years, and practise releasing what has quietly stopped serving you.",
    },
    gemini: {
      short:
        "Born into a generation that transforms ideas and communication, you may have a penetrating mind that seeks out powerful words and hidden information.",
      long: "Pluto in Gemini marks people born as new media and information networks reshaped society. You may have an investigative mind and a persuasive tongue, able to find the word that shifts a whole conversation. The shadow side is manipulation through language, or thoughts that circle obsessively at night. Point your intellectual intensity at uncovering what is true, and stay mindful of how much weight your words can carry.",
    },
    cancer: {
      short:
        "Your generation transforms ideas of homeland, family and emotional security, and you may feel deeply bound to your roots.",
      long: "Pluto in Cancer belongs to those born when homes, families and nations were shaken and rebuilt. Your protective instincts may be intense, and family bonds can feel like a source of both power and pressure. Old fears of loss, or emotional control handed down the line, are the usual snag. Study the patterns you inherited so you can heal them, and give others the kind of security you wish you had been given.",
    },
    leo: {
      short:
        "Self-expression and personal power are transformed by your generation, and you may feel a strong drive to create, lead and leave a mark.",
      long: "Pluto in Leo marks a generation born into an intense focus on individual expression, youth and creative freedom. You may have a magnetic presence and a creative will that does not like to be ignored. Battles of ego, or a need to control how you are seen, can sour that gift. Use your personal power to lift others up, and let making things be a source of renewal rather than a contest for the crown.",
    },
    virgo: {
      short:
        "Work, health and daily systems change profoundly in your generation's hands, and you may feel driven to improve, analyse and refine.",
      long: "Pluto in Virgo belongs to people born as technology and new ideas reshaped work, health care and service. You may have a penetrating focus on efficiency and a talent for diagnosing what is wrong with a system. The risk is perfectionism that turns obsessive, or anxiety that tries to manage every variable. Let your drive to improve things serve practical good, and make peace with the imperfections that come with being alive.",
    },
    libra: {
      short:
        "Among peers who transform partnership, justice and social balance, you may experience relationships as a source of deep change.",
      long: "Pluto in Libra marks those born as ideas about marriage, equality and diplomacy went through deep change. Close relationships may be where you meet your most intense lessons about power and fairness. Codependence, or quiet struggles for control between partners, can creep in. Look for partnerships in which both people can be strong, and use what you understand about relationship dynamics to work for justice beyond your own life.",
    },
    scorpio: {
      short:
        "Born with a generation that digs into intimacy, death and power, you may have great emotional depth and a rare capacity to recover.",
      long: "Pluto rules Scorpio, so this placement marks a generation deeply engaged with crisis, hidden truths and renewal. You may have a powerful inner life and the capacity to rebuild yourself after loss. Obsession, secrecy or a tight grip on control can be the shadow of that strength. Use your resilience to help yourself and others through dark stretches, and trust that letting go is sometimes the most powerful move available.",
    },
    sagittarius: {
      short:
        "Beliefs, education and global connections are transformed by your generation, and you may feel driven to find and share the truth.",
      long: "Pluto in Sagittarius belongs to people born during upheavals in religion, politics and relations between countries. You may pursue meaning with real intensity and feel compelled to challenge dogma wherever you find it. Fervour can tip into fanaticism or self-righteousness. Keep exploring viewpoints unlike your own, and let compassion temper the passion behind your convictions.",
    },
    capricorn: {
      short:
        "The people born with you are set on reshaping institutions, governments and economies, and you may feel a strong pull to rework structures of power.",
      long: "Pluto in Capricorn marks those born as established systems were exposed, tested and rebuilt. You may combine serious ambition with endurance and a sense of responsibility for what comes next. Success pursued at any cost, or a dread of losing control, can harden you. Build structures that serve people rather than the reverse, and hold whatever authority you earn with integrity.",
    },
    aquarius: {
      short:
        "Technology, community and collective power are transformed by your generation, and you may have radical ideas about how society could work.",
      long: "Pluto in Aquarius belongs to people born as networks, technology and collective movements reshape how humans live together. You may feel compelled to reform groups and systems from the ground up. Coldness, or extremism in the name of an ideal, is the danger. Use your vision to give communities more say over their own lives, and stay connected to the individual faces behind the big picture.",
    },
    pisces: {
      short:
        "Your generation transforms spirituality, imagination and collective empathy, and you may feel deeply connected to what cannot be seen.",
      long: "Pluto in Pisces marks those born during profound changes in spiritual life, art and the boundaries between people. Your intuition may be intense and your capacity for compassion very large. Overwhelm, escapism or a blurry sense of where you end can wear you down. Anchor your sensitivity in practices that sustain you, and let your empathy become a quiet force for healing.",
    },
  },
  node: {
    aries: {
      short:
        "Your path of growth leads toward independence, courage and acting on your own behalf rather than waiting for someone else's approval.",
      long: "With the North Node in Aries, you are learning to trust your own instincts and take the lead. Everyone born in this stretch of months shares a lesson in self-reliance, and for you it may mean unlearning a habit of pleasing others, compromising too much or waiting for permission. Practise making small decisions on your own, and notice how much energy arrives when you act on what you actually want.",
    },
    taurus: {
      short:
        "Growth for you lies in simplicity, steadiness and trusting your own values, instead of living from one crisis to the next.",
      long: "The North Node in Taurus asks you to build security, enjoy the present and value what is simple and real. Those born around the same time are collectively learning to find peace after intensity. The old pull is toward drama, other people's resources or emotional extremes. Cultivate patience, tend your own resources, and let calm become a source of strength rather than a sign that something is missing.",
    },
    gemini: {
      short:
        "Curiosity, conversation and learning from people nearby are your direction of growth, rather than clinging to one big truth.",
      long: "With the North Node in Gemini, you are learning to ask questions, listen and stay open to many perspectives. Your age-mates share this lesson in everyday communication. It is easy to slip back into preaching, sweeping generalisations or restless searching far from where you are. Get curious about details and about the people around you, and let conversation count for as much as conviction.",
    },
    cancer: {
      short:
        "Emotional openness, home and nurturing are your growing edge, balancing ambition with care for your private life.",
      long: "The North Node in Cancer asks you to value feelings, family and belonging as much as achievement. For people born in this period, the shared work is learning that vulnerability is not weakness. Control, status and public roles may feel safer than intimacy. Make space for your inner life, let others care for you, and treat tenderness as a strength you can practise.",
    },
    leo: {
      short:
        "Self-expression, creativity and joy are where you grow, stepping forward as an individual instead of hiding in the crowd.",
      long: "With the North Node in Leo, you are learning to express your heart, take creative risks and accept being seen. Your whole cohort is being asked to find personal courage. Detachment, group identity or intellectual distance are the familiar hiding places. Let yourself play, make something personal, and allow others to see what you love.",
    },
    virgo: {
      short:
        "Your path of growth leads toward practical service, routine and discernment, grounding your dreams in daily, useful action.",
      long: "The North Node in Virgo asks you to bring order, skill and discernment into your life. This cohort shares a lesson about practical responsibility. Escapism, vagueness or quiet martyrdom may feel easier than showing up for the details. Build healthy routines, develop concrete skills, and let service be a clear, sustainable practice rather than self-sacrifice.",
    },
    libra: {
      short:
        "Partnership, cooperation and fairness are your direction of growth, as you learn that you do not have to do everything alone.",
      long: "With the North Node in Libra, you are learning to weigh your needs alongside other people's, and to negotiate and collaborate. A theme of partnership runs through everyone born with this placement. Impulsive independence, or pushing ahead alone, is the groove you may slide back into. Practise listening, compromise and appreciation, and discover how much more you can do together.",
    },
    scorpio: {
      short:
        "Depth, intimacy and transformation call you forward, asking you to let go of comfort in order to become more fully yourself.",
      long: "The North Node in Scorpio asks you to embrace change, shared resources and emotional honesty. People born with it are learning, together, to loosen their grip on security. Possessiveness, stubbornness or material comfort can become a place to hide. Let yourself be changed by deep connections, and trust that releasing what you cling to can bring renewal.",
    },
    sagittarius: {
      short:
        "Meaning, faith and broad horizons are where you grow, trusting your intuition beyond endless facts and chatter.",
      long: "With the North Node in Sagittarius, you are learning to seek truth, live by principles and explore the wider world. Those born in this window share a lesson about faith. Overthinking, gossip or a flood of scattered information can keep you busy without bringing you closer to meaning. Commit to a philosophy, a journey or a deep course of study, and trust your inner sense of what is right.",
    },
    capricorn: {
      short:
        "Responsibility, ambition and public contribution are where you are headed, stepping out of the safety of familiar surroundings.",
      long: "The North Node in Capricorn asks you to develop discipline, set goals and take your place in the wider world. Your cohort shares a lesson about maturity. Emotional dependency, or the comfort of family, may tempt you to stay small. Take responsibility for your own direction, build structures, and allow achievement to be a source of growth.",
    },
    aquarius: {
      short:
        "Community, friendship and shared goals are your direction of growth, contributing your gifts without needing the spotlight.",
      long: "With the North Node in Aquarius, you are learning to think collectively and support causes larger than yourself. Many born around the same time share this lesson about contribution. Ego, drama or a hunger for personal recognition can pull you off course. Join groups, work alongside peers, and let your individuality serve something beyond you.",
    },
    pisces: {
      short:
        "Growth comes through compassion, surrender and spiritual trust, loosening the grip of control and constant analysis.",
      long: "The North Node in Pisces asks you to trust intuition, practise acceptance and connect with something greater. The people born with you share a lesson in faith and compassion. Perfectionism, criticism or over-organising can feel like safety when they are really control. Let some things unfold without managing them, make room for creativity and rest, and open your heart to others.",
    },
  },
};
