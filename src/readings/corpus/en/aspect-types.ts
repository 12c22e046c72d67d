import type { Corpus } from "../types.ts";

/**
 * What each major aspect does in general, in English. The composer places one of these before the
 * pair passage from `ASPECTS`, after its own lead sentence naming the pair, orb and motion.
 */
export const ASPECT_TYPES: Corpus["aspectTypes"] = {
  conjunction: {
    short:
      "A conjunction fuses two planets into a single voice, so their drives tend to arrive together and can be hard to tell apart.",
    long: "A conjunction places two planets at nearly the same point, blending their functions so closely that one rarely acts without the other. This concentration gives you a strong, recognizable theme that works for you and against you in turn. The task is to notice that two different needs are speaking at once, and to give each of them its own room.",
  },
  sextile: {
    short:
      "A sextile is an open door between two planets, offering easy cooperation that rewards you most when you step through it on purpose.",
    long: "A sextile links two planets at sixty degrees, a friendly angle that offers opportunity rather than delivering results by itself. Its gifts tend to appear once you make a small, deliberate effort, such as taking a class, making a call or trying an idea out loud. Left alone it stays a pleasant potential, while regular use turns it into a dependable skill.",
  },
  square: {
    short:
      "A square sets two planets at cross purposes, creating a steady pressure that pushes you to act, adjust and build something sturdier.",
    long: "A square joins two planets at ninety degrees, where their aims clash and neither can simply give way. The tension may feel like frustration or like an itch you cannot ignore, and it often drives real achievement. Growth comes less from removing the friction than from learning to put it to deliberate use.",
  },
  trine: {
    short:
      "A trine lets two planets flow together so naturally that their shared talent can feel effortless, sometimes even invisible to you.",
    long: "A trine joins two planets at one hundred twenty degrees, an angle of ease where each supports what the other wants. The result is often a natural gift that you may take for granted because it asks so little of you. Its main risk is complacency, so a trine shines brightest when you hand it a challenge worth meeting.",
  },
  opposition: {
    short:
      "An opposition stretches two planets across the chart, so you feel pulled between them and often meet one side through other people.",
    long: "An opposition places two planets one hundred eighty degrees apart, facing each other like the two ends of a seesaw. You may swing between their needs, or find that someone close to you seems to carry the side you tend to disown. Awareness turns the standoff into a partnership, in which each side keeps the other honest.",
  },
};
