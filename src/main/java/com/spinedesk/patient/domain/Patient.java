package com.spinedesk.patient.domain;

import com.spinedesk.platform.domain.ChangeStamp;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.domain.PatientRef;
import com.spinedesk.platform.domain.PersonName;
import com.spinedesk.platform.domain.PhoneNumber;
import com.spinedesk.platform.domain.PhoneNumbers;
import com.spinedesk.platform.domain.PlausibleBirthDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A registered patient. The MRN is assigned once by the registry and never changes; everything else
 * can be corrected by staff, guarded by the version column against concurrent edits.
 */
@Entity
@Table(name = "patient")
public class Patient implements Serializable, PatientRef {
  @Serial private static final long serialVersionUID = 1L;

  /** No angle brackets: free text fields hold addresses and relationships, never markup. */
  // No markup and no control characters (a NUL byte), in any field typed as one line.
  private static final String PLAIN_TEXT = "[^<>\\p{Cntrl}]*";

  /** The fields staff can edit, by the message key that names them on screen. */
  private static final List<Field> EDITABLE =
      List.of(
          new Field("patient.familyName", Patient::getFamilyName),
          new Field("patient.givenName", Patient::getGivenName),
          new Field("patient.birthDate", Patient::getBirthDate),
          new Field("patient.sex", Patient::getSex),
          new Field("patient.phone", Patient::getPhone),
          new Field("patient.email", Patient::getEmail),
          new Field("patient.addressLine", Patient::getAddressLine),
          new Field("patient.city", Patient::getCity),
          new Field("patient.region", Patient::getRegion),
          new Field("patient.postalCode", Patient::getPostalCode),
          new Field("patient.preferredLanguage", Patient::getPreferredLanguage),
          new Field("patient.emergencyContactName", Patient::getEmergencyContactName),
          new Field(
              "patient.emergencyContactRelationship", Patient::getEmergencyContactRelationship),
          new Field("patient.emergencyContactPhone", Patient::getEmergencyContactPhone));

  private record Field(String key, Function<Patient, Object> value) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 12)
  private String mrn;

  @NotBlank
  @PersonName
  @Column(name = "family_name", nullable = false, length = 100)
  private String familyName;

  @NotBlank
  @PersonName
  @Column(name = "given_name", nullable = false, length = 100)
  private String givenName;

  @NotNull
  @PlausibleBirthDate
  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Sex sex;

  @PhoneNumber
  @Column(length = 30)
  private String phone;

  @Column(name = "phone_digits", length = 20)
  private String phoneDigits;

  @Email
  @Size(max = 254)
  @Column(length = 254)
  private String email;

  @Size(max = 120)
  @Pattern(regexp = PLAIN_TEXT, message = "{spinedesk.validation.noMarkup}")
  @Column(name = "address_line", length = 120)
  private String addressLine;

  @Size(max = 80)
  @Pattern(regexp = PLAIN_TEXT, message = "{spinedesk.validation.noMarkup}")
  @Column(length = 80)
  private String city;

  @Size(max = 80)
  @Pattern(regexp = PLAIN_TEXT, message = "{spinedesk.validation.noMarkup}")
  @Column(length = 80)
  private String region;

  @Size(max = 20)
  @Pattern(regexp = "[\\p{L}0-9 \\-]*", message = "{spinedesk.validation.postalCode}")
  @Column(name = "postal_code", length = 20)
  private String postalCode;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_language", nullable = false, length = 2)
  private Language preferredLanguage = Language.EN;

  @PersonName
  @Size(max = 120)
  @Column(name = "emergency_contact_name", length = 120)
  private String emergencyContactName;

  @Size(max = 60)
  @Pattern(regexp = PLAIN_TEXT, message = "{spinedesk.validation.noMarkup}")
  @Column(name = "emergency_contact_relationship", length = 60)
  private String emergencyContactRelationship;

  @PhoneNumber
  @Column(name = "emergency_contact_phone", length = 30)
  private String emergencyContactPhone;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "actor",
        column = @Column(name = "created_by", nullable = false, updatable = false, length = 64)),
    @AttributeOverride(
        name = "at",
        column = @Column(name = "created_at", nullable = false, updatable = false))
  })
  private ChangeStamp created;

  @Embedded private ChangeStamp lastChange;

  @Column(name = "registration_token", updatable = false, length = 36)
  private String registrationToken;

  @Version private long version;

  public Patient() {}

  /** Called once by the registry when the patient is registered. */
  public void assignMrn(String mrn) {
    if (this.mrn != null) {
      throw new IllegalStateException("A patient's MRN never changes");
    }
    this.mrn = mrn;
  }

  /** The one-time token of the registration form that registered the patient (may be null). */
  public void registeredWith(String registrationToken) {
    this.registrationToken = registrationToken;
  }

  public void changedBy(String actor, Instant now) {
    if (created == null) {
      created = ChangeStamp.of(actor, now);
    }
    lastChange = ChangeStamp.of(actor, now);
  }

  /** Copies what staff may edit from another copy of this patient (never id, MRN or history). */
  public void takeEditsFrom(Patient edited) {
    familyName = edited.familyName;
    givenName = edited.givenName;
    birthDate = edited.birthDate;
    sex = edited.sex;
    phone = edited.phone;
    email = edited.email;
    addressLine = edited.addressLine;
    city = edited.city;
    region = edited.region;
    postalCode = edited.postalCode;
    preferredLanguage = edited.preferredLanguage;
    emergencyContactName = edited.emergencyContactName;
    emergencyContactRelationship = edited.emergencyContactRelationship;
    emergencyContactPhone = edited.emergencyContactPhone;
  }

  /** The message keys of the editable fields whose values differ between the two copies. */
  public List<String> fieldsDifferentFrom(Patient other) {
    List<String> keys = new ArrayList<>();
    for (Field field : EDITABLE) {
      if (!Objects.equals(field.value().apply(this), field.value().apply(other))) {
        keys.add(field.key());
      }
    }
    return keys;
  }

  /** A detached copy with the same values, so an editor can compare later. */
  public Patient copy() {
    Patient copy = new Patient();
    copy.id = id;
    copy.mrn = mrn;
    copy.takeEditsFrom(this);
    copy.created = created;
    copy.lastChange = lastChange;
    copy.version = version;
    return copy;
  }

  /** Whole years on the given day. */
  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  public String displayName() {
    return familyName + ", " + givenName;
  }

  @PrePersist
  @PreUpdate
  void deriveSearchColumns() {
    String digits = PhoneNumbers.digitsOf(phone);
    phoneDigits = digits.isEmpty() ? null : digits;
  }

  public Long getId() {
    return id;
  }

  public String getMrn() {
    return mrn;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getAddressLine() {
    return addressLine;
  }

  public void setAddressLine(String addressLine) {
    this.addressLine = addressLine;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public Language getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(Language preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }

  public String getEmergencyContactName() {
    return emergencyContactName;
  }

  public void setEmergencyContactName(String emergencyContactName) {
    this.emergencyContactName = emergencyContactName;
  }

  public String getEmergencyContactRelationship() {
    return emergencyContactRelationship;
  }

  public void setEmergencyContactRelationship(String emergencyContactRelationship) {
    this.emergencyContactRelationship = emergencyContactRelationship;
  }

  public String getEmergencyContactPhone() {
    return emergencyContactPhone;
  }

  public void setEmergencyContactPhone(String emergencyContactPhone) {
    this.emergencyContactPhone = emergencyContactPhone;
  }

  public Instant getCreatedAt() {
    return created == null ? null : created.at();
  }

  public String getCreatedBy() {
    return created == null ? null : created.actor();
  }

  public Instant getUpdatedAt() {
    return lastChange == null ? null : lastChange.at();
  }

  public String getUpdatedBy() {
    return lastChange == null ? null : lastChange.actor();
  }

  public long getVersion() {
    return version;
  }
}
