import type { TransitCorpus } from "../relations-types.ts";

/** What transits mean, in English: by transiting body, and by aspect family. */
export const TRANSITS: TransitCorpus = {
  bodies: {
    sun: {
      short:
        "The transiting Sun spotlights the point it touches for a few days, bringing attention, energy and a chance to act on it.",
      long: "When the Sun passes a point in your chart, that part of your life tends to feel brighter and more visible for a few days. It is a good moment to take a small step, make a decision or simply notice what you want there. The effect is brief, so use it while it lasts.",
    },
    moon: {
      short:
        "The transiting Moon colours a few hours with mood, so feelings about the point it touches rise quickly and pass just as fast.",
      long: "The Moon moves fast, and its contacts with your chart last only hours. They show up as shifts in mood, appetite or the wish for company, and they are useful for timing small things. Notice the feeling, act on it lightly and let it go when the Moon moves on.",
    },
    mercury: {
      short:
        "Transiting Mercury stirs thoughts, messages and plans around the point it touches, making this a good time to talk and decide.",
      long: "While Mercury is in contact with a point in your chart, conversations, errands and paperwork tend to gather around that theme. Ideas come quickly, and so do small misunderstandings, so write things down and check the details. When Mercury turns back over the same point, revisit rather than start afresh.",
    },
    venus: {
      short:
        "Transiting Venus softens the point it touches, inviting pleasure, affection and a wish to make things pleasant and fair.",
      long: "When Venus visits a point in your chart, you may feel more sociable, more generous or more drawn to beauty in that area of life. It favours making peace, enjoying company and spending on what you value. The risk is indulgence, so keep one eye on what you can afford to give.",
    },
    mars: {
      short:
        "Transiting Mars brings drive and heat to the point it touches, so you feel pushed to act, assert yourself or compete.",
      long: "Mars contacts last days or weeks and tend to raise your energy along with your temper. Use them for effort that needs courage or stamina, such as starting a project or clearing a backlog. Haste and irritation are the usual pitfalls, so pause before the sharp reply and channel the heat into the work.",
    },
    jupiter: {
      short:
        "Transiting Jupiter widens the horizon around the point it touches, bringing optimism, growth and the wish for more.",
      long: "Jupiter's visits last weeks and often coincide with openings: an offer, a lesson or simply a sense that more is possible. They reward generosity, study and travel of the mind or body. The usual trap is overreach, so let the optimism guide you while you keep your promises to a size you can keep.",
    },
    saturn: {
      short:
        "Transiting Saturn tests the point it touches, asking for patience, structure and honest work over a period of months.",
      long: "Saturn moves slowly, so its contacts can stretch across months and return more than once. They tend to bring limits, responsibilities and a clear view of what is not working. Steady effort pays off here, and what you build or repair under this transit usually lasts well beyond it.",
    },
    uranus: {
      short:
        "Transiting Uranus unsettles the point it touches, bringing surprises, restlessness and a strong urge for freedom and change.",
      long: "Uranus contacts come and go over a year or more, often with sudden turns and unexpected news. What felt fixed may loosen, and you may want to break a routine or try something new. Leave room for experiment, and make big changes in stages so that freedom does not cost you stability.",
    },
    neptune: {
      short:
        "Transiting Neptune dissolves the edges of the point it touches, bringing inspiration and longing along with some confusion.",
      long: "Neptune's slow contacts can blur what once seemed clear, so plans drift and motives feel mixed. The same softness opens you to music, compassion and spiritual interest. Check facts twice and postpone binding decisions where you can, while you let your imagination and kindness have more room.",
    },
    pluto: {
      short:
        "Transiting Pluto works deep beneath the point it touches, bringing slow, thorough change and a confrontation with power.",
      long: "Pluto's contacts unfold over years and tend to reach the roots of the matter they touch. Old patterns may break down so that something more honest can grow, and questions of control often surface. Meet them with candour rather than force, and let go of what has already ended.",
    },
  },
  families: {
    conjunction: {
      short:
        "A conjunction fuses the transit with your natal point, so its theme starts a new chapter right where you live.",
      long: "When a transiting body meets a natal point directly, the two merge and the effect is concentrated and personal. It often feels like a beginning, a seed planted in that part of your life. Pay attention to what starts now, since it tends to grow through the following cycle.",
    },
    harmonious: {
      short:
        "A harmonious aspect lets the transit support your natal point, offering help that works best when you take it up.",
      long: "Sextiles and trines from transiting bodies bring ease: doors open, people cooperate and effort goes further than usual. They rarely force events, so they are easy to miss. Name one thing you would like to move forward, and use the tailwind while it blows.",
    },
    challenging: {
      short:
        "A challenging aspect sets the transit against your natal point, creating pressure that asks you to adjust and act.",
      long: "Squares and oppositions from transiting bodies bring friction: delays, disagreements or a choice that cannot wait. They can feel uncomfortable, yet they are often when real progress is made. Face the tension squarely, look for the change it is asking for, and let the pressure fuel the effort.",
    },
  },
};
