package itu.tsb.visa.letter;

import org.springframework.stereotype.Component;

import itu.tsb.visa.request.LetterTypeface;

@Component
class DejaVuTypeface implements LetterTypeface {
    @Override
    public boolean canDraw(String text) {
        return LetterRenderer.canDraw(text);
    }
}
