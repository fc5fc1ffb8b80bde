package itu.tsb.visa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VisaApplication {
    public static void main(String[] args) {
        SpringApplication.run(VisaApplication.class, args);
    }
}
