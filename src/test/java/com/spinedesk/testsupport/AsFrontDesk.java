package com.spinedesk.testsupport;

import com.spinedesk.platform.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code with the FRONT_DESK role, as a signed-in member of staff would. */
@Stateless
@PermitAll
@RunAs(Roles.FRONT_DESK)
public class AsFrontDesk {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
