package itu.tsb.visa.request;

/** Port to the letter's font: a name it cannot draw is refused at submission, not printed as boxes. */
public interface LetterTypeface {
    boolean canDraw(String text);
}
