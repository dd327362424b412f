package com.spinedesk.patient.web;

import com.spinedesk.patient.application.PatientRegistry;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.patient.domain.PatientSearch;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Finds patients by name, date of birth, MRN or phone. The table loads one page at a time from the
 * database, so it is as quick with a hundred thousand patients as with ten.
 */
@Named
@ViewScoped
public class FindPatients implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private PatientRegistry registry;

  private String name;
  private LocalDate birthDate;
  private String mrn;
  private String phone;
  private PatientSearch search = PatientSearch.everyone();

  private final LazyDataModel<Patient> results =
      new LazyDataModel<>() {
        @Serial private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) registry.count(search);
        }

        @Override
        public List<Patient> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return registry.search(search, first, pageSize);
        }

        @Override
        public String getRowKey(Patient patient) {
          return String.valueOf(patient.getId());
        }
      };

  public void find() {
    search = new PatientSearch(name, birthDate, mrn, phone);
  }

  public void clear() {
    name = null;
    birthDate = null;
    mrn = null;
    phone = null;
    search = PatientSearch.everyone();
  }

  public LazyDataModel<Patient> getResults() {
    return results;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getMrn() {
    return mrn;
  }

  public void setMrn(String mrn) {
    this.mrn = mrn;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
