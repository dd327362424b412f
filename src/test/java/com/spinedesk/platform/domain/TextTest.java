package com.spinedesk.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void speaksThePatientsLanguage() {
    Text text = new Text("Where does it hurt?", "¿Dónde le duele?");
    assertThat(text.in(Language.EN)).isEqualTo("Where does it hurt?");
    assertThat(text.in(Language.ES)).isEqualTo("¿Dónde le duele?");
  }

  @Test
  void fallsBackToEnglishWhenTheTranslationIsMissing() {
    assertThat(new Text("Where?", null).in(Language.ES)).isEqualTo("Where?");
    assertThat(new Text("Where?", " ").in(Language.ES)).isEqualTo("Where?");
  }
}
